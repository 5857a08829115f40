import type { Hono } from 'hono';
import type { AppEnv } from '#functions/kernel/context.ts';
import adminAdjustPoints from './admin/adjust-points/handler.ts';
import adminBlockUser from './admin/block-user/handler.ts';
import adminCancelInterview from './admin/cancel-interview/handler.ts';
import adminCreateProfession from './admin/create-profession/handler.ts';
import adminGetDashboard from './admin/get-dashboard/handler.ts';
import adminGetInterview from './admin/get-interview/handler.ts';
import adminGetReport from './admin/get-report/handler.ts';
import adminGetUser from './admin/get-user/handler.ts';
import adminGrantAdmin from './admin/grant-admin/handler.ts';
import adminListAudit from './admin/list-audit/handler.ts';
import adminListFlaggedPairs from './admin/list-flagged-pairs/handler.ts';
import adminListInterviews from './admin/list-interviews/handler.ts';
import adminListProfessions from './admin/list-professions/handler.ts';
import adminListReports from './admin/list-reports/handler.ts';
import adminReorderProfessions from './admin/reorder-professions/handler.ts';
import adminResolveReport from './admin/resolve-report/handler.ts';
import adminRevokeAdmin from './admin/revoke-admin/handler.ts';
import adminSearchUsers from './admin/search-users/handler.ts';
import adminUnblockUser from './admin/unblock-user/handler.ts';
import adminUpdateProfession from './admin/update-profession/handler.ts';
import attendanceCheckIn from './attendance/check-in/handler.ts';
import attendanceReportNoShow from './attendance/report-no-show/handler.ts';
import authLogin from './auth/login/handler.ts';
import authLogout from './auth/logout/handler.ts';
import authRefresh from './auth/refresh/handler.ts';
import authRegister from './auth/register/handler.ts';
import bookingsCancelBooking from './bookings/cancel-booking/handler.ts';
import bookingsCreateBooking from './bookings/create-booking/handler.ts';
import calendarGetFeed from './calendar/get-feed/handler.ts';
import calendarGetInterviewIcs from './calendar/get-interview-ics/handler.ts';
import calendarRotateFeed from './calendar/rotate-feed/handler.ts';
import { documentationOf } from './docs/documentation.ts';
import feedbackEditAssessment from './feedback/edit-assessment/handler.ts';
import feedbackEditReview from './feedback/edit-review/handler.ts';
import feedbackGetFeedback from './feedback/get-feedback/handler.ts';
import feedbackSubmitAssessment from './feedback/submit-assessment/handler.ts';
import feedbackSubmitReview from './feedback/submit-review/handler.ts';
import meChangePassword from './me/change-password/handler.ts';
import meGetFeedback from './me/get-feedback/handler.ts';
import meGetLedger from './me/get-ledger/handler.ts';
import meGetMe from './me/get-me/handler.ts';
import meListInterviews from './me/list-interviews/handler.ts';
import meListNotifications from './me/list-notifications/handler.ts';
import meReadNotifications from './me/read-notifications/handler.ts';
import meUpdateProfile from './me/update-profile/handler.ts';
import professionsListProfessions from './professions/list-professions/handler.ts';
import { archiveSlots } from './scheduled/archive-slots/archive-slots.ts';
import { completeInterviews } from './scheduled/complete-interviews/complete-interviews.ts';
import { creditInterviewers } from './scheduled/credit-interviewers/credit-interviewers.ts';
import { expireSlots } from './scheduled/expire-slots/expire-slots.ts';
import type { Job } from './scheduled/job.ts';
import { lockCutoff } from './scheduled/lock-cutoff/lock-cutoff.ts';
import { remindFeedback } from './scheduled/remind-feedback/remind-feedback.ts';
import { revealFeedback } from './scheduled/reveal-feedback/reveal-feedback.ts';
import slotsCancelSlot from './slots/cancel-slot/handler.ts';
import slotsEditSlot from './slots/edit-slot/handler.ts';
import slotsGetSlot from './slots/get-slot/handler.ts';
import slotsListSlots from './slots/list-slots/handler.ts';
import slotsPublishSlot from './slots/publish-slot/handler.ts';
import usersGetProfile from './users/get-profile/handler.ts';
import usersListReviews from './users/list-reviews/handler.ts';

/**
 * Every HTTP function, keyed by its folder. The deployed name is the folder with "/" as "-"
 * (auth/register → auth-register); serverless.yml must list exactly these (checked by a test).
 */
const useCases: Record<string, Hono<AppEnv>> = {
  'auth/register': authRegister,
  'auth/login': authLogin,
  'auth/logout': authLogout,
  'auth/refresh': authRefresh,
  'me/get-me': meGetMe,
  'me/update-profile': meUpdateProfile,
  'me/change-password': meChangePassword,
  'me/list-interviews': meListInterviews,
  'me/get-ledger': meGetLedger,
  'me/list-notifications': meListNotifications,
  'me/read-notifications': meReadNotifications,
  'me/get-feedback': meGetFeedback,
  'professions/list-professions': professionsListProfessions,
  'slots/list-slots': slotsListSlots,
  'slots/get-slot': slotsGetSlot,
  'slots/publish-slot': slotsPublishSlot,
  'slots/edit-slot': slotsEditSlot,
  'slots/cancel-slot': slotsCancelSlot,
  'bookings/create-booking': bookingsCreateBooking,
  'bookings/cancel-booking': bookingsCancelBooking,
  'calendar/get-interview-ics': calendarGetInterviewIcs,
  'calendar/rotate-feed': calendarRotateFeed,
  'calendar/get-feed': calendarGetFeed,
  'feedback/get-feedback': feedbackGetFeedback,
  'feedback/submit-review': feedbackSubmitReview,
  'feedback/edit-review': feedbackEditReview,
  'feedback/submit-assessment': feedbackSubmitAssessment,
  'feedback/edit-assessment': feedbackEditAssessment,
  'attendance/check-in': attendanceCheckIn,
  'attendance/report-no-show': attendanceReportNoShow,
  'users/get-profile': usersGetProfile,
  'users/list-reviews': usersListReviews,
  'admin/list-reports': adminListReports,
  'admin/get-report': adminGetReport,
  'admin/resolve-report': adminResolveReport,
  'admin/list-flagged-pairs': adminListFlaggedPairs,
  'admin/get-dashboard': adminGetDashboard,
  'admin/search-users': adminSearchUsers,
  'admin/get-user': adminGetUser,
  'admin/adjust-points': adminAdjustPoints,
  'admin/block-user': adminBlockUser,
  'admin/unblock-user': adminUnblockUser,
  'admin/grant-admin': adminGrantAdmin,
  'admin/revoke-admin': adminRevokeAdmin,
  'admin/list-professions': adminListProfessions,
  'admin/create-profession': adminCreateProfession,
  'admin/update-profession': adminUpdateProfession,
  'admin/reorder-professions': adminReorderProfessions,
  'admin/list-interviews': adminListInterviews,
  'admin/get-interview': adminGetInterview,
  'admin/cancel-interview': adminCancelInterview,
  'admin/list-audit': adminListAudit,
};

/** Every HTTP function: the use cases, and the API's documentation generated from their declarations. */
export const httpFunctions: Record<string, Hono<AppEnv>> = { ...useCases, ...documentationOf(useCases) };

/**
 * The scheduled functions, in the order one tick runs them (each every minute; each idempotent and safe to
 * run late, twice, or twice at once). Crediting runs before archiving so a credit is never skipped.
 */
export const scheduledJobs: Record<string, Job> = {
  'scheduled/lock-cutoff': lockCutoff,
  'scheduled/complete-interviews': completeInterviews,
  'scheduled/credit-interviewers': creditInterviewers,
  'scheduled/remind-feedback': remindFeedback,
  'scheduled/reveal-feedback': revealFeedback,
  'scheduled/expire-slots': expireSlots,
  'scheduled/archive-slots': archiveSlots,
};

export const deployedName = (folder: string) => folder.replaceAll('/', '-');
