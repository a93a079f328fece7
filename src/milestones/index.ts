export { checkMilestoneSchedule, type MilestoneCheckOptions } from "./check.js";
export { listUpcomingMilestones, type MilestoneItem, type MilestoneWindowOptions } from "./list-upcoming.js";
export { type PhaseProgress, type ScheduleProgress, scheduleProgress } from "./schedule-progress.js";
export {
  type Milestone,
  type MilestoneDeadline,
  MilestoneDeadlineSchema,
  type MilestonePhase,
  MilestonePhaseSchema,
  MilestoneSchema,
  type MilestoneSchedule,
  MilestoneScheduleSchema,
  type MilestoneStatus,
  MilestoneStatusSchema,
} from "./schema.js";
export { shiftSchedule, type ShiftScheduleOptions } from "./shift-schedule.js";
export { validateMilestoneSchedule } from "./validate.js";
export { milestoneStatusLabels } from "./labels.js";
