import { errorResponse } from "@/lib/api/handler";
import { requireAccess } from "@/lib/auth/access";
import { ApiError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * Any /api path no route serves (a typo, `/api/saved/../x` once normalised): a 404 in the studio's
 * error shape rather than the HTML not-found page, so an API client can read it. Access is checked
 * first, as on every /api route: a stranger learns nothing about which paths exist.
 */
function notFound(request: Request): Response {
  try {
    requireAccess(request);
    throw new ApiError("not_found", `There is no ${request.method} ${new URL(request.url).pathname} in the studio's API. The README lists its routes.`);
  } catch (err) {
    return errorResponse(err);
  }
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
