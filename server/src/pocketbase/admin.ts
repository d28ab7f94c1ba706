import PocketBase, { BaseAuthStore } from 'pocketbase';

/** A superuser client, for seeding and releasing only; requests from users never go through it. */
export async function superuserClient(url: string, superuser: { email: string; password: string }): Promise<PocketBase> {
  const pb = new PocketBase(url, new BaseAuthStore());
  pb.autoCancellation(false);
  await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  return pb;
}
