import { z } from 'zod';
import { defineNeteaseOperation } from './define';

/** 3.1: the only call without a token. `expires_in` is a string of seconds ("86399"). */
export const createToken = defineNeteaseOperation({
  name: 'createToken',
  group: 'token',
  kind: 'action',
  summary: 'Exchange an Access Key / Access Secret pair for an API token (valid 24 h)',
  seedLines: [103, 152],
  method: 'POST',
  path: '/api/v1/token',
  auth: false,
  params: z.object({ app_key: z.string().min(1), app_secret: z.string().min(1) }),
  response: z.looseObject({ token: z.string(), expires_in: z.string().regex(/^\d+$/) }),
});
