// A binary message pipe. The browser implementation wraps WebSocket; tests supply their own.
export interface TransportHandlers {
  onOpen(): void;
  onMessage(bytes: Uint8Array): void;
  onClose(): void;
}

export interface Transport {
  send(bytes: Uint8Array): void;
  close(): void;
}

export type TransportFactory = (handlers: TransportHandlers) => Transport;

// The WebSocket endpoint of the server that served this page.
export function defaultSocketUrl(location: Location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/ws`;
}

export function webSocketTransport(url: string): TransportFactory {
  return (handlers) => {
    const socket = new WebSocket(url);
    socket.binaryType = "arraybuffer";
    let closed = false;
    const closeOnce = () => {
      if (closed) return;
      closed = true;
      handlers.onClose();
    };
    socket.onopen = () => handlers.onOpen();
    // Once closed (by either side) nothing more is delivered: the client has moved on.
    socket.onmessage = (event) => {
      if (!closed && event.data instanceof ArrayBuffer) handlers.onMessage(new Uint8Array(event.data));
    };
    socket.onclose = closeOnce;
    socket.onerror = closeOnce;
    return {
      send: (bytes) => {
        if (socket.readyState === WebSocket.OPEN) socket.send(bytes);
      },
      close: () => {
        socket.close();
        closeOnce();
      },
    };
  };
}
