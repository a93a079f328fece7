import * as z from "zod";
import { describe, expect, it } from "vitest";
import type { Locale } from "../core/locale.js";
import { zodErrorMap } from "./zod-messages.js";

const messages = (schema: z.ZodType, input: unknown, locale: Locale): string[] =>
  schema.safeParse(input, { error: zodErrorMap(locale) }).error?.issues.map((issue) => issue.message) ?? [];

describe("zodErrorMap", () => {
  it("names the expected and the received type in words of each locale", () => {
    expect(messages(z.string(), 5, "nb")).toEqual(["forventet tekst, fikk tall"]);
    expect(messages(z.string(), 5, "nn")).toEqual(["venta tekst, fekk tal"]);
    expect(messages(z.string(), 5, "en")).toEqual(["expected text, received a number"]);
    expect(messages(z.object({ a: z.array(z.string()) }), { a: null }, "nb")).toEqual(["forventet liste, fikk null"]);
    expect(messages(z.object({ a: z.number() }), {}, "nn")).toEqual(["venta tal, men feltet manglar"]);
  });

  it("describes values, formats, sizes and unknown fields without English in nb and nn", () => {
    const schema = z.strictObject({ status: z.enum(["draft", "active"]), on: z.iso.date(), title: z.string().min(2), n: z.number().max(3) });
    const input = { status: "open", on: "1.1.2025", title: "x", n: 4, extra: true };
    expect(messages(schema, input, "nb")).toEqual([
      "forventet en av «draft», «active»",
      "forventet dato (ÅÅÅÅ-MM-DD)",
      "må være minst 2 tegn",
      "kan være høyst 3",
      "extra",
    ]);
    expect(messages(schema, input, "nn")).toEqual(["venta ein av «draft», «active»", "venta dato (ÅÅÅÅ-MM-DD)", "må vere minst 2 teikn", "kan vere høgst 3", "extra"]);
    expect(messages(schema, input, "en")[2]).toBe("must be at least 2 characters");
  });

  it("never quotes the value it was given", () => {
    const secret = "15838500003 Kari";
    for (const locale of ["nb", "nn", "en"] as const) {
      const text = [z.number(), z.enum(["a"]), z.iso.date(), z.string().max(3), z.string().regex(/^x$/)]
        .flatMap((schema) => messages(schema, secret, locale))
        .join(" | ");
      expect(text).not.toContain("Kari");
      expect(text).not.toContain("15838500003");
    }
  });

  it("is made once per locale", () => {
    expect(zodErrorMap("nn")).toBe(zodErrorMap("nn"));
    expect(zodErrorMap("nn")).not.toBe(zodErrorMap("nb"));
  });
});
