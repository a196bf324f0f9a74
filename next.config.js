// @ts-check

/**
 * Headers every response carries. The Content-Security-Policy (with a per-request nonce) is set in
 * proxy.ts, since it differs per request.
 * @type {{ key: string; value: string }[]}
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // The studio links out to the pages it extracted: those sites learn nothing about the studio.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
