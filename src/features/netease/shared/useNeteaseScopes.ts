import { useScopes } from '../../../app/accounts/useAccounts';
import type { ProviderId } from '../../../providers/core/types';

// Stable: useScopes memoises on the array.
const NETEASE: readonly ProviderId[] = ['netease'];

/** Every NetEase account (GET /api/accounts) under the URL's account choice, one scope each. */
export const useNeteaseScopes = () => useScopes(NETEASE);
