"use client";

import { useId, useState } from "react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { postJson } from "@/lib/queries/fetcher";

const signedInSchema = z.object({ next: z.string() });

/** The studio's sign-in: one password (STUDIO_PASSWORD), then back to where the user was going. */
export function LoginForm({ next }: { next: string }) {
  const id = useId();
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const signedIn = await postJson("/api/session", signedInSchema, { password, next });
      // A full load, so every server-rendered part of the page is rendered for the new session.
      window.location.assign(signedIn.next);
    } catch (err) {
      setError(err);
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="login-form" noValidate>
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          Password
        </label>
        <input
          id={id}
          data-testid="login-password"
          type="password"
          autoComplete="current-password"
          autoFocus
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
        />
      </div>
      {error ? <ErrorAlert error={error} title="Could not sign in" testId="login-error" /> : null}
      <Button type="submit" disabled={pending || password === ""} data-testid="login-submit">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
