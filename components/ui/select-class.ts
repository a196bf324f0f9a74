/** The look of a plain <select> in the studio's toolbars. */
export const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
