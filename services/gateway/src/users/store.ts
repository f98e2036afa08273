import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import type { BrandRole, Role } from './roles.js';

export interface User {
  id: string;
  accountId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  isActive: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  brands: { brandId: string; role: BrandRole }[];
}

export interface StoredUser extends Omit<User, 'brands'> {
  passwordHash: string;
  passwordChangedAt: Date;
}

export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

// biome-ignore lint/suspicious/noExplicitAny: a database row
const toStored = (row: any): StoredUser => ({
  id: row.user_id,
  accountId: row.account_id,
  email: row.email,
  firstName: row.first_name,
  lastName: row.last_name,
  role: row.role,
  isActive: Boolean(row.is_active),
  lastLoginAt: iso(row.last_login_at),
  createdAt: new Date(row.created_at).toISOString(),
  passwordHash: row.password_hash,
  passwordChangedAt: new Date(row.password_changed_at),
});

/** What an account sees of a user: never the password's hash. */
export function publicUser(user: StoredUser, brands: User['brands']): User {
  const { passwordHash, passwordChangedAt, ...visible } = user;
  return { ...visible, brands };
}

export const normalEmail = (email: string) => email.trim().toLowerCase();

/** Inserts a user; null when the email is already taken (by any account). */
export async function insertUser(
  db: Knex,
  accountId: string,
  input: NewUser,
  passwordHash: string,
  now: Date,
): Promise<StoredUser | null> {
  const id = uuidv7();
  try {
    await db('users').insert({
      user_id: id,
      account_id: accountId,
      email: normalEmail(input.email),
      password_hash: passwordHash,
      first_name: input.firstName,
      last_name: input.lastName,
      role: input.role,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ER_DUP_ENTRY') return null;
    throw error;
  }
  return userById(db, accountId, id);
}

export async function userById(db: Knex, accountId: string, userId: string): Promise<StoredUser | null> {
  const row = await db('users').where({ user_id: userId, account_id: accountId }).first();
  return row ? toStored(row) : null;
}

/** The user a session belongs to (the session names no account). */
export async function userByIdAnyAccount(db: Knex, userId: string): Promise<StoredUser | null> {
  const row = await db('users').where({ user_id: userId }).first();
  return row ? toStored(row) : null;
}

export async function userByEmail(db: Knex, email: string): Promise<StoredUser | null> {
  const row = await db('users')
    .where({ email: normalEmail(email) })
    .first();
  return row ? toStored(row) : null;
}

export async function usersOf(db: Knex, accountId: string): Promise<StoredUser[]> {
  return (await db('users').where({ account_id: accountId }).orderBy('created_at')).map(toStored);
}

/** How many active admins an account has, their rows locked until the transaction ends. */
export async function activeAdminsLocked(trx: Knex.Transaction, accountId: string): Promise<number> {
  const admins = await trx('users')
    .where({ account_id: accountId, role: 'admin', is_active: true })
    .forUpdate()
    .select('user_id');
  return admins.length;
}

export async function updateUser(
  db: Knex,
  userId: string,
  change: Partial<{ role: Role; isActive: boolean; firstName: string; lastName: string }>,
  now: Date,
): Promise<void> {
  await db('users')
    .where({ user_id: userId })
    .update({
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.isActive !== undefined ? { is_active: change.isActive } : {}),
      ...(change.firstName !== undefined ? { first_name: change.firstName } : {}),
      ...(change.lastName !== undefined ? { last_name: change.lastName } : {}),
      updated_at: now,
    });
}

export async function recordLogin(db: Knex, userId: string, at: Date) {
  await db('users').where({ user_id: userId }).update({ last_login_at: at });
}

export async function setPassword(db: Knex, userId: string, passwordHash: string, now: Date) {
  await db('users').where({ user_id: userId }).update({
    password_hash: passwordHash,
    password_changed_at: now,
    updated_at: now,
  });
}

export async function brandsOf(db: Knex, userIds: string[]): Promise<Map<string, User['brands']>> {
  const rows = userIds.length
    ? await db('user_brands').whereIn('user_id', userIds).orderBy(['user_id', 'brand_id'])
    : [];
  const byUser = new Map<string, User['brands']>(userIds.map((id) => [id, []]));
  for (const row of rows) byUser.get(row.user_id)?.push({ brandId: row.brand_id, role: row.role });
  return byUser;
}

export async function setBrandRole(db: Knex, userId: string, brandId: string, role: BrandRole, now: Date) {
  await db('user_brands')
    .insert({ user_id: userId, brand_id: brandId, role, created_at: now })
    .onConflict(['user_id', 'brand_id'])
    .merge({ role });
}

export async function removeBrandRole(db: Knex, userId: string, brandId: string): Promise<boolean> {
  return (await db('user_brands').where({ user_id: userId, brand_id: brandId }).delete()) > 0;
}
