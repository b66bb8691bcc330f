import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { emptyAnswer, timestamp } from './schema';

/** PEM text: the emulator checks the armour, not the cryptography. */
const pubCert = z.string().regex(/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/, 'pubCert must be a PEM certificate');
const priKey = z.string().regex(/-----BEGIN (RSA |EC )?PRIVATE KEY-----[\s\S]+-----END (RSA |EC )?PRIVATE KEY-----/, 'priKey must be a PEM private key');
const certName = z.string().min(1).max(64);
// Tables type the id `long`; every example is a UUID.
const certId = z.string().min(1);

export const uploadCertificate = defineNeteaseOperation({
  name: 'uploadCertificate',
  group: 'certificate',
  kind: 'create',
  summary: 'Upload an SSL certificate (public cert + private key) for HTTPS listeners',
  seedLines: [1178, 1230],
  method: 'POST',
  path: '/api/v1/nlb/certs',
  params: z.object({ name: certName, pubCert, priKey }),
  response: z.looseObject({ id: z.string(), name: z.string() }),
});

export const listCertificates = defineNeteaseOperation({
  name: 'listCertificates',
  group: 'certificate',
  kind: 'read',
  summary: 'List SSL certificates',
  seedLines: [1233, 1275],
  method: 'GET',
  path: '/api/v1/nlb/certs',
  params: z.object({}),
  response: z.array(z.looseObject({ id: z.string(), name: z.string(), fingerPrint: z.string(), createtime: timestamp, updatetime: timestamp })),
});

export const updateCertificate = defineNeteaseOperation({
  name: 'updateCertificate',
  group: 'certificate',
  kind: 'update',
  summary: "Replace a certificate's name, public cert and private key",
  seedLines: [1279, 1318],
  method: 'PUT',
  path: '/api/v1/nlb/certs/{cert_id}',
  in: { cert_id: 'path' },
  answer: 'empty',
  params: z.object({ cert_id: certId, name: certName, pubCert, priKey }),
  response: emptyAnswer,
});

export const deleteCertificate = defineNeteaseOperation({
  name: 'deleteCertificate',
  group: 'certificate',
  kind: 'delete',
  summary: 'Delete a certificate',
  seedLines: [1322, 1346],
  method: 'DELETE',
  path: '/api/v1/nlb/certs/{cert_id}',
  in: { cert_id: 'path' },
  answer: 'empty',
  params: z.object({ cert_id: certId }),
  response: emptyAnswer,
});
