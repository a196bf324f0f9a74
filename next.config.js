// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The studio is a self-hosted tool: never phone home.
  // (Next's telemetry is also disabled in the npm scripts' environment via NEXT_TELEMETRY_DISABLED.)
};

module.exports = nextConfig;
