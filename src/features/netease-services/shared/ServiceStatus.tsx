import { serviceStatus } from '../../../providers/netease/domain';
import { StatusBadge } from '../../../ui/StatusBadge';

/** The neutral status with 蜂巢's own word (create_succ, scaling, …) beside it. */
export const ServiceStatus = ({ status }: { status: string }) => <StatusBadge status={serviceStatus(status)} text={status} />;
