"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Ends the session in this browser, then shows the login page. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    try {
      await fetch("/api/session", { method: "DELETE" });
    } finally {
      // A full load on purpose: it also drops every task and row the page still holds in memory.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/login");
    }
  }
  return (
    <Button variant="secondary" onClick={signOut} disabled={pending} data-testid="sign-out" className="px-3 py-1 text-xs">
      Sign out
    </Button>
  );
}
