import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { isAdmin } from '../../src/bot/isAdmin.ts';

const ADMIN = '111111111111111111';
const OTHER = '222222222222222222';

describe('isAdmin', () => {
  it('GIVEN a user named in ADMIN_USER_IDS THEN they are admin in a DM and in a server without permissions', () => {
    expect(isAdmin({ userId: ADMIN, adminUserIds: [ADMIN], memberPermissions: null })).toBe(true);
    expect(isAdmin({ userId: ADMIN, adminUserIds: [ADMIN], memberPermissions: 0n })).toBe(true);
  });

  it('GIVEN a server member with Manage Server or Administrator THEN they are not admin by default: admin commands act on every server', () => {
    expect(
      isAdmin({ userId: OTHER, adminUserIds: [ADMIN], memberPermissions: PermissionFlagsBits.ManageGuild }),
    ).toBe(false);
    expect(
      isAdmin({ userId: OTHER, adminUserIds: [], memberPermissions: PermissionFlagsBits.Administrator }),
    ).toBe(false);
  });

  it('GIVEN server managers allowed (REINDEX_ALLOW_SERVER_MANAGERS) THEN a member with Manage Server or Administrator is admin, in a server only', () => {
    const managers = { adminUserIds: [ADMIN], allowServerManagers: true };
    expect(isAdmin({ ...managers, userId: OTHER, memberPermissions: PermissionFlagsBits.ManageGuild })).toBe(
      true,
    );
    expect(
      isAdmin({ ...managers, userId: OTHER, memberPermissions: PermissionFlagsBits.Administrator }),
    ).toBe(true);
    expect(isAdmin({ ...managers, userId: OTHER, memberPermissions: null })).toBe(false);
    expect(isAdmin({ ...managers, userId: OTHER, memberPermissions: PermissionFlagsBits.SendMessages })).toBe(
      false,
    );
  });

  it('GIVEN anyone else THEN they are not admin: other permissions, or a DM', () => {
    const moderator =
      PermissionFlagsBits.ManageMessages |
      PermissionFlagsBits.KickMembers |
      PermissionFlagsBits.ManageChannels;
    expect(isAdmin({ userId: OTHER, adminUserIds: [ADMIN], memberPermissions: moderator })).toBe(false);
    expect(isAdmin({ userId: OTHER, adminUserIds: [ADMIN], memberPermissions: null })).toBe(false);
    expect(isAdmin({ userId: OTHER, adminUserIds: [], memberPermissions: 0n })).toBe(false);
  });
});
