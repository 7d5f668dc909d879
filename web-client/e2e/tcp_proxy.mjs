// A TCP proxy between a browser and kring-server that an end-to-end script can break the way a
// network breaks: on 127.0.0.1 (a free port), forwarding every connection (the page's HTTP and the
// WebSocket alike) to the server's port.
//   freeze()  hanging Wi-Fi: nothing is forwarded either way and no close is passed on, but every
//             socket stays open; connections made meanwhile are accepted and held the same way.
//   thaw()    the network recovers: what was held is delivered in order, a close held meanwhile
//             is passed on after it.
//   cut()     a hard drop: every connection is destroyed at once, held bytes are lost.
//   refuse()  no network: a new connection is destroyed as soon as it is accepted; accept() ends it.
// `refused` counts the connections refused so far, `accepted` those forwarded.
import net from "node:net";

export function startTcpProxy(targetPort, targetHost = "127.0.0.1") {
  const pairs = new Set();
  let frozen = false;
  let refusing = false;
  const counts = { accepted: 0, refused: 0 };

  const destroyPair = (pair) => {
    pairs.delete(pair);
    pair.client.destroy();
    pair.upstream.destroy();
  };
  // Bytes from `from` go to `to`, or wait while frozen; so does the end of `from`.
  const forward = (pair, from, to) => {
    from.on("data", (chunk) => {
      if (frozen) pair.held.push(() => to.write(chunk));
      else to.write(chunk);
    });
    from.on("close", () => {
      if (!pairs.has(pair)) return;
      if (frozen) pair.held.push(() => destroyPair(pair));
      else destroyPair(pair);
    });
    // A reset or a write after the other side went away: the close that follows handles it.
    from.on("error", () => undefined);
  };

  const server = net.createServer((client) => {
    if (refusing) {
      counts.refused++;
      client.on("error", () => undefined);
      client.destroy();
      return;
    }
    counts.accepted++;
    const upstream = net.connect(targetPort, targetHost);
    const pair = { client, upstream, held: [] };
    pairs.add(pair);
    forward(pair, client, upstream);
    forward(pair, upstream, client);
  });

  const listening = new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server.address().port));
  });

  return {
    listening,
    get port() {
      return server.address().port;
    },
    get accepted() {
      return counts.accepted;
    },
    get refused() {
      return counts.refused;
    },
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const pair of [...pairs]) {
        const held = pair.held.splice(0);
        for (const deliver of held) if (pairs.has(pair)) deliver();
      }
    },
    cut() {
      for (const pair of [...pairs]) destroyPair(pair);
    },
    refuse() {
      refusing = true;
    },
    accept() {
      refusing = false;
    },
    close() {
      refusing = true;
      for (const pair of [...pairs]) destroyPair(pair);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
