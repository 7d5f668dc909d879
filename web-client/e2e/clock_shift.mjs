// Sets a browser context's wall clock `shiftMs` ahead (negative: behind) before any page script
// runs, as a device whose clock is simply wrong: Date.now(), new Date() and Date() read the shifted
// time; a Date made from given parts or a timestamp is untouched; timers and performance.now()
// run as before (a wrong clock does not run slow or fast).
export async function shiftClock(context, shiftMs) {
  await context.addInitScript((shift) => {
    const TrueDate = Date;
    const shiftedNow = () => TrueDate.now() + shift;
    function ShiftedDate(...parts) {
      // Called without `new`, Date() is the current time as a string.
      if (!new.target) return new TrueDate(shiftedNow()).toString();
      return parts.length === 0 ? new TrueDate(shiftedNow()) : new TrueDate(...parts);
    }
    ShiftedDate.prototype = TrueDate.prototype;
    ShiftedDate.now = shiftedNow;
    ShiftedDate.parse = TrueDate.parse;
    ShiftedDate.UTC = TrueDate.UTC;
    globalThis.Date = ShiftedDate;
  }, shiftMs);
}
