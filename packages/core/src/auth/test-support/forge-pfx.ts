/**
 * PFX files written in the test by node-forge, so they exist on every machine: a fresh RSA key
 * (made by Node's crypto, which is fast), a certificate for it, optionally signed by a test CA
 * whose certificate is stored ahead of the leaf, as some exporters do.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { ForgeModule } from '../pkcs12.js';

export interface ForgePfxOptions {
  /** null: no password at all (forge then also leaves the key unencrypted); '' the empty one. */
  readonly password: string | null;
  /** How the key is encrypted: PBES2 with AES-256, or PKCS#12's 3DES. */
  readonly algorithm?: 'aes256' | '3des';
  /** Sign the leaf by a test CA and store the CA certificate first. */
  readonly withCa?: boolean;
  /** 'none': certificates only; 'other': a key that does not belong to the certificate. */
  readonly key?: 'matching' | 'none' | 'other';
  /**
   * Write the leaf's signature algorithm without its NULL parameters, as some issuers do (RFC 4055
   * asks readers to accept it): forge, parsing and writing the certificate again, would add them,
   * so this proves the certificate is handed on byte for byte.
   */
  readonly leafWithoutNullParameters?: boolean;
}

export interface ForgePfx {
  readonly der: Buffer;
  readonly base64: string;
  /** SHA-256 of the leaf certificate's DER, as x5t#S256 carries it (hex). */
  readonly leafSha256: string;
  readonly leafPublicKeyPem: string;
  readonly caSha256: string | undefined;
}

type ForgeKey = ReturnType<ForgeModule['pki']['privateKeyFromPem']>;
type ForgeCertificate = ReturnType<ForgeModule['pki']['createCertificate']>;

interface KeyPair {
  readonly privateKey: ForgeKey;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

function rsaKeyPair(forge: ForgeModule): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKey: forge.pki.privateKeyFromPem(privateKey), privateKeyPem: privateKey, publicKeyPem: publicKey };
}

function certificate(forge: ForgeModule, subject: string, publicKeyPem: string, issuer: { name: string; key: ForgeKey }, serial: string): ForgeCertificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.UTC(2025, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2125, 0, 1));
  cert.setSubject([{ name: 'commonName', value: subject }]);
  cert.setIssuer([{ name: 'commonName', value: issuer.name }]);
  cert.sign(issuer.key, forge.md.sha256.create());
  return cert;
}

type Asn1 = ReturnType<ForgeModule['pki']['certificateToAsn1']>;
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

/** The certificate re-signed with its signature AlgorithmIdentifiers (inside and outside the signed part) reduced to the bare OID. */
function withoutNullParameters(forge: ForgeModule, cert: ForgeCertificate, issuerKeyPem: string): Asn1 {
  const { asn1 } = forge;
  const signed = asn1.fromDer(asn1.toDer(cert.tbsCertificate)); // a copy: forge's certificate stays as it was
  const bareAlgorithm = (): Asn1 =>
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(SHA256_WITH_RSA).getBytes())]);
  (signed.value as Asn1[])[2] = bareAlgorithm(); // [0] version, serialNumber, signature
  const signature = sign('sha256', Buffer.from(asn1.toDer(signed).getBytes(), 'binary'), issuerKeyPem);
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    signed,
    bareAlgorithm(),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature.toString('binary')}`),
  ]);
}

export function makeForgePfx(forge: ForgeModule, options: ForgePfxOptions): ForgePfx {
  const leafKey = rsaKeyPair(forge);
  const ca = options.withCa === true ? rsaKeyPair(forge) : undefined;
  const caCert = ca === undefined ? undefined : certificate(forge, 'entra-shell test CA', ca.publicKeyPem, { name: 'entra-shell test CA', key: ca.privateKey }, '0a');
  const leaf = certificate(forge, 'entra-shell test app (node-forge)', leafKey.publicKeyPem, ca === undefined ? { name: 'entra-shell test app (node-forge)', key: leafKey.privateKey } : { name: 'entra-shell test CA', key: ca.privateKey }, '0b');
  const key = options.key === 'none' ? null : options.key === 'other' ? rsaKeyPair(forge).privateKey : leafKey.privateKey;
  const certificates = caCert === undefined ? [leaf] : [caCert, leaf];
  // forge writes each certificate through pki.certificateToAsn1: substitute the encodings wanted.
  const written = new Map<ForgeCertificate, Asn1>(certificates.map((cert) => [cert, forge.pki.certificateToAsn1(cert)]));
  if (options.leafWithoutNullParameters === true) written.set(leaf, withoutNullParameters(forge, leaf, (ca ?? leafKey).privateKeyPem));
  const pki = forge.pki as { certificateToAsn1: (cert: ForgeCertificate) => Asn1 };
  const certificateToAsn1 = pki.certificateToAsn1;
  pki.certificateToAsn1 = (cert) => written.get(cert) ?? certificateToAsn1(cert);
  let asn1: Asn1;
  try {
    asn1 = forge.pkcs12.toPkcs12Asn1(key, certificates, options.password, { algorithm: options.algorithm ?? 'aes256' });
  } finally {
    pki.certificateToAsn1 = certificateToAsn1;
  }
  const der = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  const sha256Of = (cert: ForgeCertificate): string => createHash('sha256').update(Buffer.from(forge.asn1.toDer(written.get(cert) ?? certificateToAsn1(cert)).getBytes(), 'binary')).digest('hex');
  return {
    der,
    base64: der.toString('base64'),
    leafSha256: sha256Of(leaf),
    leafPublicKeyPem: leafKey.publicKeyPem,
    caSha256: caCert === undefined ? undefined : sha256Of(caCert),
  };
}
