"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ProviderBadge } from "@/components/provider-badge";

const links = [
  { href: "/", label: "Compose" },
  { href: "/tasks", label: "Tasks" },
] as const;

/** `signOut`: the studio has a password (STUDIO_PASSWORD), so a session can be ended. */
export function AppHeader({ signOut }: { signOut: boolean }) {
  const pathname = usePathname();
  // The login page shows only the name: everything else needs a session.
  const signingIn = pathname === "/login";
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3" aria-label="Main">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Extract Studio
        </Link>
        {signingIn ? null : links.map((link) => {
          const active = link.href === "/" ? pathname === "/" : pathname.startsWith(link.href);
          return (
            <Link
              key={link.href}
              href={link.href}
              aria-current={active ? "page" : undefined}
              className={active ? "font-medium text-indigo-700" : "text-slate-600 hover:text-slate-900"}
            >
              {link.label}
            </Link>
          );
        })}
        {signingIn ? null : (
          <div className="ml-auto flex items-center gap-3">
            <ProviderBadge />
            {signOut ? <SignOutButton /> : null}
          </div>
        )}
      </nav>
    </header>
  );
}
