/**
 * PFX (PKCS#12) to PEM, in memory. @azure/identity's certificate credential reads PEM only and
 * Node's crypto cannot open PKCS#12, so node-forge (pure JavaScript, imported on first use so
 * start-up never pays for it) checks the password and decrypts the container; Node's crypto then
 * reads the key and the certificates and pairs them. Nothing is written to disk, and no message
 * carries the password or anything from inside the file.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import type * as Forge from 'node-forge';
import { CredentialConfigurationError } from './credential-error.js';

export type ForgeModule = typeof Forge;

export const loadNodeForge = async (): Promise<ForgeModule> => (await import('node-forge')).default;

/** Also said for text that is not PEM: the content is neither of the two accepted forms. */
export const NOT_A_CERTIFICATE = 'The certificate is neither PEM text nor a PFX (PKCS#12) file: give a PFX, or a PEM file with the certificate and its private key.';
const DAMAGED = 'The PFX (PKCS#12) file could not be read: it is damaged or incomplete.';
const NEEDS_PASSWORD = 'The PFX (PKCS#12) file is protected by a password: give it with -CertificatePassword.';
const WRONG_PASSWORD = 'The certificate password is wrong: -CertificatePassword does not open this PFX (PKCS#12) file.';
const UNSUPPORTED = 'The PFX (PKCS#12) file is protected in a way entra-shell cannot read; export it again with a password (AES-256 or 3DES).';
const NO_KEY = 'The PFX (PKCS#12) file has no private key: export the certificate again together with its private key.';
const NO_CERTIFICATE = 'The PFX (PKCS#12) file has a private key but not the certificate that goes with it.';

/** Binary DER opens with a SEQUENCE tag (0x30); PEM is text with a "-----BEGIN" line, even when a stray first byte is '0'. */
export function looksLikeDer(bytes: Buffer): boolean {
  return bytes[0] === 0x30 && !bytes.includes('-----BEGIN');
}

/**
 * The PEM that ClientCertificateCredential takes: the certificate that matches the private key
 * first (its hash is the thumbprint Entra ID looks up), the rest of the chain after it, then the
 * key as unencrypted PKCS#8.
 */
export async function pfxToPem(der: Buffer, password: string | undefined, loadForge: () => Promise<ForgeModule> = loadNodeForge): Promise<string> {
  const forge = await loadForge();
  const bags = openPfx(forge, der, password).safeContents.flatMap((contents) => contents.safeBags);
  const { oids } = forge.pki;
  const keys = bags.filter((bag) => bag.type === oids.pkcs8ShroudedKeyBag || bag.type === oids.keyBag).map((bag) => privateKeyOf(forge, bag));
  if (keys.length === 0) throw new CredentialConfigurationError(NO_KEY);
  const certificates = bags.filter((bag) => bag.type === oids.certBag).map((bag) => certificateOf(forge, bag));
  for (const key of keys) {
    const leaf = certificates.find((certificate) => certificate.checkPrivateKey(key));
    if (leaf === undefined) continue;
    if (key.asymmetricKeyType !== 'rsa') {
      throw new CredentialConfigurationError(`The private key in the PFX (PKCS#12) file is ${String(key.asymmetricKeyType).toUpperCase()}; certificate sign-in needs an RSA key.`);
    }
    const chain = certificates.filter((certificate) => certificate !== leaf);
    return [leaf, ...chain].map((certificate) => certificate.toString()).join('') + String(key.export({ type: 'pkcs8', format: 'pem' }));
  }
  throw new CredentialConfigurationError(NO_CERTIFICATE);
}

/**
 * Verifies the password and decrypts. No password means the empty one, which OpenSSL and Windows
 * encode in two ways (an empty BMPString, or none at all): both are tried, as OpenSSL does.
 */
function openPfx(forge: ForgeModule, der: Buffer, password: string | undefined): Forge.pkcs12.Pkcs12Pfx {
  const attempts = password === undefined || password === '' ? ['', undefined] : [password];
  let firstFailure: unknown;
  for (const attempt of attempts) {
    let asn1: Forge.asn1.Asn1;
    try {
      asn1 = forge.asn1.fromDer(der.toString('binary'));
    } catch {
      throw new CredentialConfigurationError(DAMAGED);
    }
    try {
      return withForgeAdjusted(forge, () => forge.pkcs12.pkcs12FromAsn1(asn1, true, attempt));
    } catch (error) {
      firstFailure ??= error;
      if (!isPasswordFailure(error)) break;
    }
  }
  // forge's messages name no secret, but they are not ours to show: each one maps to a sentence of ours.
  const message = firstFailure instanceof Error ? firstFailure.message : '';
  if (/not an PKCS#12 PFX/i.test(message)) throw new CredentialConfigurationError(NOT_A_CERTIFICATE);
  if (isPasswordFailure(firstFailure)) throw new CredentialConfigurationError(password === undefined || password === '' ? NEEDS_PASSWORD : WRONG_PASSWORD);
  if (/unsupported|only PKCS#12 PFX in password integrity mode/i.test(message)) throw new CredentialConfigurationError(UNSUPPORTED);
  throw new CredentialConfigurationError(DAMAGED);
}

/** A MAC that does not verify, or (in a file without a MAC) a decryption whose padding is wrong. */
function isPasswordFailure(error: unknown): boolean {
  return error instanceof Error && /MAC could not be verified|Failed to decrypt|Unable to decrypt/i.test(error.message);
}

interface ForgeInternals {
  pbe: { getCipherForPBES2(oid: string, params: unknown, password: string | undefined): unknown };
  certificateFromAsn1(asn1: Forge.asn1.Asn1, computeHash?: boolean): unknown;
}

/** Where a certificate bag's certificate is kept as read (see `withForgeAdjusted`). */
const CERTIFICATE_AS_READ = Symbol('certificate as read');

/**
 * Runs one synchronous parse with two adjustments to forge, undone after it (forge stays as
 * shipped outside it):
 * - PBES2 (OpenSSL 3's default) derives its key from the password's UTF-8 bytes, as OpenSSL and
 *   Windows write it; forge hands PBKDF2 the JavaScript string as if each character were one
 *   byte, so a password with non-ASCII characters would never open such a file. (The PKCS#12 MAC
 *   and the legacy ciphers use UTF-16, which forge gets right.)
 * - Certificates are kept as read. forge would parse each into its own object (RSA only) and
 *   could only write it back from the parsed fields, which need not give the same bytes; but the
 *   hash of those bytes is the thumbprint Entra ID looks the app's certificate up by.
 */
function withForgeAdjusted<T>(forge: ForgeModule, run: () => T): T {
  const internals = forge.pki as unknown as ForgeInternals;
  const { pbe, certificateFromAsn1 } = internals;
  const getCipherForPBES2 = pbe.getCipherForPBES2;
  pbe.getCipherForPBES2 = (oid, params, password) =>
    getCipherForPBES2.call(pbe, oid, params, password === undefined || password === null ? password : forge.util.encodeUtf8(password));
  internals.certificateFromAsn1 = (asn1) => ({ [CERTIFICATE_AS_READ]: asn1 });
  try {
    return run();
  } finally {
    pbe.getCipherForPBES2 = getCipherForPBES2;
    internals.certificateFromAsn1 = certificateFromAsn1;
  }
}

function derOf(forge: ForgeModule, asn1: Forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** forge parses RSA keys into its own objects and keeps any other kind as the PrivateKeyInfo it read. */
function privateKeyOf(forge: ForgeModule, bag: Forge.pkcs12.Bag): KeyObject {
  const info = bag.key === undefined || bag.key === null ? (bag.asn1 as Forge.asn1.Asn1 | undefined) : forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key));
  try {
    if (info === undefined) throw new Error('no key');
    return createPrivateKey({ key: derOf(forge, info), format: 'der', type: 'pkcs8' });
  } catch {
    throw new CredentialConfigurationError(DAMAGED);
  }
}

function certificateOf(forge: ForgeModule, bag: Forge.pkcs12.Bag): X509Certificate {
  const asRead = (bag.cert as unknown as Partial<Record<typeof CERTIFICATE_AS_READ, Forge.asn1.Asn1>> | undefined)?.[CERTIFICATE_AS_READ];
  try {
    if (asRead === undefined) throw new Error('certificate not kept');
    return new X509Certificate(derOf(forge, asRead));
  } catch {
    throw new CredentialConfigurationError(DAMAGED);
  }
}
