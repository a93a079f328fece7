import { PRACTICE } from "../../core/findings/basis.js";
import { caseRule } from "./context.js";

/** `case/notice-user-mismatch` (practice): the notice is about another user id than the case's user. Any status. */
export const noticeUserMismatchRule = caseRule({
  codes: {
    "case/notice-user-mismatch": {
      severity: "error",
      description: "The notice is about another user id than the case's user. Any status.",
      basis: PRACTICE,
      messages: {
        nb: "Meldingen gjelder brukeren {aboutUserId}, men saken gjelder {userId}",
        nn: "Meldinga gjeld brukaren {aboutUserId}, men saka gjeld {userId}",
        en: "The notice is about user {aboutUserId}, but the case is about {userId}",
      },
    },
  },
  run: (c) =>
    c.notice.aboutUserId === c.user.id
      ? []
      : [{ code: "case/notice-user-mismatch", path: ["notice", "aboutUserId"], params: { aboutUserId: c.notice.aboutUserId, userId: c.user.id } }],
});
