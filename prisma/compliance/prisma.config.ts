import { defineConfig } from 'prisma/config';

// Read process.env directly: prisma's env() throws when the variable is unset,
// and `prisma generate` must work with no database at all.
export default defineConfig({
  schema: './schema.prisma',
  migrations: { path: './migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
