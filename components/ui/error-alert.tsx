import { ApiError } from "@/lib/errors";

/** Says what went wrong in the studio's own words; field details listed when there are any. */
export function ErrorAlert({
  error,
  title,
  testId = "error-alert",
  action,
}: {
  error: unknown;
  title?: string;
  testId?: string;
  action?: React.ReactNode;
}) {
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.message ?? (error instanceof Error ? error.message : "Something went wrong.");
  return (
    <div role="alert" data-testid={testId} data-code={apiError?.code} className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      {title ? <p className="font-medium">{title}</p> : null}
      <p>{message}</p>
      {apiError?.details.length ? (
        <ul className="mt-2 list-disc pl-5">
          {apiError.details.map((d) => (
            <li key={`${d.field}:${d.message}`}>
              <span className="font-mono">{d.field}</span>: {d.message}
            </li>
          ))}
        </ul>
      ) : null}
      {action ? <div className="mt-3">{action}</div> : null}
    </div>
  );
}
