import { z } from "zod";
import { assertSameOrigin, errorResponse, noStore, parseWith, readJson } from "@/lib/api/handler";
import { accessRequired, endSession } from "@/lib/auth/access";
import { signIn } from "@/lib/auth/login";
import { safeNextPath } from "@/lib/auth/next-path";
import { ApiError } from "@/lib/errors";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { GET, HEAD, PUT, PATCH, OPTIONS } = methodsNotServed(["POST", "DELETE"]);

const signInSchema = z.object({
  password: z.string({ error: "Enter the studio's password." }).min(1, "Enter the studio's password.").max(1024, "That password is too long."),
  next: z.string().max(2048).optional(),
});

/** Sign in: `{ password, next? }` → the session cookie, and where to go now (a path on the studio). */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    if (!accessRequired()) throw new ApiError("access_off");
    const body = parseWith(signInSchema, await readJson(request), "sign-in");
    const cookie = signIn(request, body.password);
    return Response.json({ next: safeNextPath(body.next) }, noStore({ headers: { "set-cookie": cookie } }));
  } catch (err) {
    return errorResponse(err);
  }
}

/** Sign out: the session ends on the server (a copy of the cookie no longer works) and the browser forgets it. */
export function DELETE(request: Request) {
  try {
    assertSameOrigin(request);
    return new Response(null, noStore({ status: 204, headers: { "set-cookie": endSession(request) } }));
  } catch (err) {
    return errorResponse(err);
  }
}
