import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // The API serves this build under /admin/.
  base: '/admin/',
  plugins: [react()],
  server: {
    proxy: { '/graphql': 'http://localhost:3000' },
  },
});
