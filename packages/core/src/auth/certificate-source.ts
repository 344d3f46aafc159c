/**
 * The certificate of a Certificate sign-in, from -CertificatePath or -CertificateBase64Encoded,
 * as the PEM that ClientCertificateCredential takes. PnP's scripts pass a PFX (PKCS#12) file or
 * the base64 of one; others pass PEM. The content decides which, not the file name.
 */
import { readFile } from 'node:fs/promises';
import { CredentialConfigurationError } from './credential-error.js';
import { loadNodeForge, looksLikeDer, NOT_A_CERTIFICATE, pfxToPem, type ForgeModule } from './pkcs12.js';

export interface CertificateSource {
  readonly certificatePath?: string | undefined;
  /** Base64 of a PFX file, or of a PEM file holding the certificate and its private key. */
  readonly certificateBase64?: string | undefined;
  readonly certificatePassword?: string | undefined;
}

export interface PemCertificate {
  /** The certificate(s) and the private key, PEM. */
  readonly pem: string;
  /** The password the PEM's key is still encrypted with (a PFX is handed on decrypted). */
  readonly password?: string;
}

/** `loadForge` is replaceable so tests can see that PEM never loads node-forge. */
export async function readCertificate(source: CertificateSource, loadForge: () => Promise<ForgeModule> = loadNodeForge): Promise<PemCertificate> {
  const bytes = await readCertificateBytes(source);
  if (looksLikeDer(bytes)) return { pem: await pfxToPem(bytes, source.certificatePassword, loadForge) };
  const text = bytes.toString('utf8');
  if (!text.includes('-----BEGIN')) throw new CredentialConfigurationError(NOT_A_CERTIFICATE);
  if (!/-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/.test(text)) {
    throw new CredentialConfigurationError('The PEM certificate has no private key: it must contain both the certificate and its private key.');
  }
  return { pem: text, ...(source.certificatePassword === undefined ? {} : { password: source.certificatePassword }) };
}

async function readCertificateBytes(source: CertificateSource): Promise<Buffer> {
  if (source.certificatePath !== undefined && source.certificatePath !== '') {
    try {
      return await readFile(source.certificatePath);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new CredentialConfigurationError(
        code === 'ENOENT' ? `Certificate file '${source.certificatePath}' was not found.` : `Certificate file '${source.certificatePath}' could not be read (${String(code ?? 'error')}).`,
      );
    }
  }
  if (source.certificateBase64 !== undefined && source.certificateBase64 !== '') return Buffer.from(source.certificateBase64.trim(), 'base64');
  throw new CredentialConfigurationError('Certificate sign-in needs -CertificatePath or -CertificateBase64Encoded.');
}
