import { Agent, request } from "node:http";
import { DEMO_ROUTES, type DemoService } from "./demo-service";

/** A running load generator. */
export interface LoadGenerator {
  /** Requests sent so far, by service. */
  sent(service: string): number;
  /** Stops sending; requests in flight finish on their own. */
  stop(): void;
}

const TICK_MS = 50;
/** More requests in flight than this to one service (it is slow or hanging) and the generator skips a tick. */
const MAX_IN_FLIGHT = 400;

/**
 * Drives steady traffic to each service: `perSecond` requests a second, spread over its routes in turn and sent
 * every 50 ms, whatever the answers (errors, slow answers and refused connections included), so that its
 * counters move as a busy service's do.
 */
export function generateLoad(services: readonly DemoService[], perSecond: number): LoadGenerator {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const state = services.map((service) => ({ service, sent: 0, owed: 0, inFlight: 0 }));
  const send = (entry: (typeof state)[number]) => {
    const route = DEMO_ROUTES[entry.sent % DEMO_ROUTES.length];
    entry.sent += 1;
    entry.inFlight += 1;
    const done = () => (entry.inFlight -= 1);
    const call = request(`${entry.service.url}${route}`, { agent, timeout: 30_000 }, (response) => {
      response.resume();
      response.on("end", done);
      response.on("error", done);
    });
    call.on("error", done); // refused or reset: a down service, counted by nobody
    call.on("timeout", () => call.destroy());
    call.end();
  };
  const timer = setInterval(() => {
    for (const entry of state) {
      entry.owed += (perSecond * TICK_MS) / 1000;
      while (entry.owed >= 1 && entry.inFlight < MAX_IN_FLIGHT) {
        entry.owed -= 1;
        send(entry);
      }
      entry.owed = Math.min(entry.owed, perSecond); // a skipped second is not made up in a burst
    }
  }, TICK_MS);
  return {
    sent: (name) => state.find((entry) => entry.service.name === name)?.sent ?? 0,
    stop: () => {
      clearInterval(timer);
      agent.destroy();
    },
  };
}
