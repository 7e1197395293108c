import { PermissionFlagsBits } from 'discord.js';

export interface AdminCheck {
  userId: string;
  /** The bot's operators (ADMIN_USER_IDS). */
  adminUserIds: readonly string[];
  /** The member's permissions in the server where the command ran; null in a DM. */
  memberPermissions: bigint | null;
  /**
   * Whether members with Manage Server count too (REINDEX_ALLOW_SERVER_MANAGERS). Default false:
   * lede's admin commands act on every server at once.
   */
  allowServerManagers?: boolean;
}

/**
 * Whether a user may run admin commands: a user named in ADMIN_USER_IDS anywhere; and, only when
 * allowed, in a server, a member with Manage Server (Administrator includes it). Checked in code
 * because `default_member_permissions` only hides a command, and server admins can re-enable it
 * for anyone.
 */
export function isAdmin({
  userId,
  adminUserIds,
  memberPermissions,
  allowServerManagers = false,
}: AdminCheck): boolean {
  if (adminUserIds.includes(userId)) return true;
  if (!allowServerManagers || memberPermissions === null) return false;
  const allowed = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;
  return (memberPermissions & allowed) !== 0n;
}
