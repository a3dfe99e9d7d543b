import { Algorithm, hash, verify } from '@node-rs/argon2';
import { UserInputError } from '../errors/errors.js';

const minimumLength = 10;

export function checkPasswordStrength(password: string): void {
  if (password.length < minimumLength) {
    throw new UserInputError(`Le mot de passe doit compter au moins ${minimumLength} caractères.`, 'password');
  }
  if (password.length > 200) throw new UserInputError('Le mot de passe est trop long.', 'password');
}

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's baseline for argon2id.
export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: Algorithm.Argon2id });

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  return verify(stored, password).catch(() => false);
}

// Checked against when the account does not exist, so a miss costs the same time as a hit.
export const decoyHash = hashPassword('decoy-password-for-timing');
