// A QR code drawn as SVG rectangles (no markup strings), with the link as its accessible name.
import qrcode from "qrcode-generator";
import { useMemo } from "preact/hooks";

export function QrCode({ text, size = 160, label }: { text: string; size?: number; label: string }) {
  const modules = useMemo(() => {
    const qr = qrcode(0, "M");
    qr.addData(text);
    qr.make();
    const count = qr.getModuleCount();
    const dark: Array<[number, number]> = [];
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) if (qr.isDark(row, col)) dark.push([col, row]);
    }
    return { count, dark };
  }, [text]);
  const quiet = 4;
  const extent = modules.count + quiet * 2;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      shape-rendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path
        fill="#000"
        d={modules.dark.map(([x, y]) => `M${x + quiet} ${y + quiet}h1v1h-1z`).join("")}
      />
    </svg>
  );
}
