import { conflict, notFound, wrongState } from '../errors';
import { emptyAnswer, jsonAnswer, isoMillis } from '../respond';
import { colonHex, uuid } from '../store/ids';
import type { AccountWorld } from '../store/types';
import type { OperationHandlers } from './types';

const findCert = (world: AccountWorld, id: string) => {
  const cert = world.certificates.find((c) => c.id === id);
  if (!cert) throw notFound('nlb', `certificate ${id}`);
  return cert;
};
const nameTaken = (world: AccountWorld, name: string, except?: string) => world.certificates.some((c) => c.name === name && c.id !== except);

export const certificateHandlers: OperationHandlers = {
  uploadCertificate({ world, now }, { name, pubCert, priKey }) {
    if (nameTaken(world, name)) throw conflict('nlb', `certificate ${name} already exists`);
    const cert = { id: uuid(world), name, fingerPrint: colonHex(world, 20, true), pubCert, priKey, createdMs: now, updatedMs: now };
    world.certificates.push(cert);
    return jsonAnswer({ id: cert.id, name: cert.name });
  },
  listCertificates({ world }) {
    return jsonAnswer(world.certificates.map((c) => ({ id: c.id, name: c.name, fingerPrint: c.fingerPrint, createtime: isoMillis(c.createdMs), updatetime: isoMillis(c.updatedMs) })));
  },
  updateCertificate({ world, now }, { cert_id, name, pubCert, priKey }) {
    const cert = findCert(world, cert_id);
    if (nameTaken(world, name, cert_id)) throw conflict('nlb', `certificate ${name} already exists`);
    const changed = cert.pubCert !== pubCert;
    Object.assign(cert, { name, pubCert, priKey, updatedMs: now });
    if (changed) cert.fingerPrint = colonHex(world, 20, true);
    return emptyAnswer();
  },
  deleteCertificate({ world }, { cert_id }) {
    const cert = findCert(world, cert_id);
    const user = world.loadBalancers.find((lb) => lb.listeners.some((l) => l.clusters.some((c) => c.certId === cert_id)));
    if (user) throw wrongState('nlb', `certificate ${cert.name} is used by load balancer ${user.name}`);
    world.certificates.splice(world.certificates.indexOf(cert), 1);
    return emptyAnswer();
  },
};
