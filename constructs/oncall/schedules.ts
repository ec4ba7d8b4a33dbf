import type { ScheduleLayerProps, ScheduleProps } from "./on-call-team-props";

/** A team's schedules: as declared, or one weekly rotation of all members handing off Monday 09:00 UTC. */
export function schedulesOf(teamName: string, declared: readonly ScheduleProps[] | undefined): readonly ScheduleProps[] {
  return declared ?? [{ name: `${teamName} on-call`, timeZone: "UTC" }];
}

/** A schedule's layers: as declared, or one weekly rotation of all members. */
export function layersOf(schedule: ScheduleProps): readonly ScheduleLayerProps[] {
  return schedule.layers ?? [{ name: "weekly rotation" }];
}
