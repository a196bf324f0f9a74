import type { Metadata } from "next";
import { headers } from "next/headers";
import { AppHeader } from "@/components/app-header";
import { Providers } from "@/components/providers";
import { accessRequired } from "@/lib/auth/access";
import { APP_NAME, TITLE_TEMPLATE } from "@/lib/page-title";
import "./globals.css";

export const metadata: Metadata = {
  // Each page names itself first: tabs and the history's back/forward lists tell tasks apart.
  title: { default: APP_NAME, template: TITLE_TEMPLATE },
  description: "Turn web pages into clean tables.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so each gets the nonce of its own Content-Security-Policy.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <Providers>
          <AppHeader signOut={accessRequired()} />
          <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
