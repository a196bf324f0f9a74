import { ApiError } from "@/lib/errors";
import { linkupError, requireEngineAuth } from "@/lib/engine/v1";

export const dynamic = "force-dynamic";

/**
 * Any /v1 path no route serves (/v1/search, /v1/extract/a/b): a 404 in Linkup's error shape rather
 * than Next's HTML page, so a Linkup client can read it. The contract's one 404 code is
 * TASK_NOT_FOUND; the message says which path does not exist. The caller is checked first, as on
 * every /v1 route: a stranger learns nothing about which paths exist.
 */
function notFound(request: Request): Response {
  try {
    requireEngineAuth(request);
    const { pathname } = new URL(request.url);
    throw new ApiError("not_found", `There is no ${request.method} ${pathname} in this API: it serves /v1/extract and /v1/extract/{id}, and result links.`);
  } catch (err) {
    return linkupError(err);
  }
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
