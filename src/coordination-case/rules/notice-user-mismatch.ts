import type { CaseRule } from "./context.js";

/** `case/notice-user-mismatch` (practice): the notice is about another user id than the case's user. Any status. */
export const noticeUserMismatch: CaseRule = (c) =>
  c.notice.aboutUserId === c.user.id
    ? []
    : [{ code: "case/notice-user-mismatch", path: ["notice", "aboutUserId"], params: { aboutUserId: c.notice.aboutUserId, userId: c.user.id } }];
