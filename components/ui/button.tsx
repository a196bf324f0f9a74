import type { ComponentPropsWithRef } from "react";

const variants = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-300",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400",
} as const;

/** Shared by buttons and by links styled as buttons (downloads). */
export const buttonClass = (variant: keyof typeof variants = "primary") =>
  `inline-flex items-center gap-2 rounded-md px-4 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed ${variants[variant]}`;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ComponentPropsWithRef<"button"> & { variant?: keyof typeof variants }) {
  return <button type="button" {...props} className={`${buttonClass(variant)} ${className}`} />;
}
