/**
 * Create pages reached from the Ingresses page's "Create" menu. The Tencent and Alibaba ones are
 * registered by src/features/tencent-ingress and alibaba-ingress; NetEase's load balancers are
 * created from their own list page (src/features/netease-lb).
 */
export const CREATE_PATHS = {
  tencent: '/tencent/ingresses/new',
  slbAp: '/alibaba/slb-aps/new',
  service: '/alibaba/k8s-services/new',
  netease: '/netease/load-balancers',
} as const;
