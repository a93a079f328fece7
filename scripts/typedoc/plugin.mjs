// typedoc plugin for samhandling's API docs (loaded through the `plugin` option in tsconfig.json).
//
// - Every export lands in its concept's navigation group, taken from the folder it is declared in
//   (scripts/typedoc/concepts.mjs), so nobody writes @category by hand; an export no concept
//   claims is an error.
// - The guides and the reference pages (docs/*.md) get their group and their reading order.
// - Brand internals (zod's `$brand`, `$ZodBranded`) never show: a branded alias shows as `string`
//   with a note, a branded schema as `typeof NationalIdSchema` or `z.ZodType<NationalId>`.
// - A sub-schema whose inferred zod type runs to a page shows as `z.ZodType<Name>`, Name being the
//   type of the same base name (`PlanMeasureSchema` -> `z.ZodType<PlanMeasure>`).
// - A constant declared `{ ... } as const satisfies T` whose literal type runs to a page (the
//   finding catalog) shows as `Readonly<T>`.
// - The members an interface inherits from zod (NamedObjectSchema, DocumentJsonSchema) are not
//   repeated on its page.
// - A function's @example is shown right after its summary, before parameters and return type.
import { relative, sep } from "node:path";
import ts from "typescript";
import {
  Comment,
  CommentTag,
  Converter,
  DefaultTheme,
  DefaultThemeRenderContext,
  IntrinsicType,
  IntersectionType,
  JSX,
  QueryType,
  ReferenceType,
  ReflectionKind,
} from "typedoc";
import { CATEGORY_ORDER, conceptOfPath, DOCUMENT_ORDER, GUIDES } from "./concepts.mjs";

/** A schema variable whose type has more nodes than this is shown as `z.ZodType<Name>`. */
const LARGE_SCHEMA_TYPE = 25;
/** A `satisfies` constant whose type has more nodes than this is shown as the type it satisfies. */
const LARGE_CONSTANT_TYPE = 200;

/** @param {import("typedoc").Application} app */
export function load(app) {
  const sourceOf = new Map();
  const literalUnions = new Map();
  const satisfied = new Map();

  app.converter.on(Converter.EVENT_BEGIN, () => {
    sourceOf.clear();
    literalUnions.clear();
    satisfied.clear();
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.parent !== context.project) return;
    const path = declarationPath(context, reflection);
    if (path !== undefined) sourceOf.set(reflection, path);
    if (reflection.kindOf(ReflectionKind.TypeAlias)) recordLiteralUnion(context, reflection, literalUnions);
    if (reflection.kindOf(ReflectionKind.Variable)) recordSatisfiedType(context, reflection, satisfied);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    placeInConcepts(app, project, sourceOf);
    placeDocuments(app, project);
    hideBrands(project);
    nameLiteralUnions(project, literalUnions);
    nameLargeSchemaTypes(project);
    nameLargeConstantTypes(project, satisfied);
    dropInheritedZodMembers(project);
  });

  // After typedoc's own categorisation (priority -200): the groups in concept order, the guides
  // in reading order.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => orderNavigation(context.project), -300);

  app.renderer.defineTheme("samhandling", SamhandlingTheme);
}

/** The repository-relative path ("src/core/dates/deadline.ts") of the file declaring an export. */
function declarationPath(context, reflection) {
  let symbol = context.getSymbolFromReflection(reflection);
  if (symbol === undefined) return undefined;
  // 2097152 = ts.SymbolFlags.Alias: a re-export; follow it to the declaration.
  if (symbol.flags & 2097152) symbol = context.checker.getAliasedSymbol(symbol);
  const file = symbol.declarations?.[0]?.getSourceFile().fileName;
  if (file === undefined) return undefined;
  return relative(process.cwd(), file).split(sep).join("/");
}

/** Adds `@category <concept>` to each export's comment, from the folder it is declared in. */
function placeInConcepts(app, project, sourceOf) {
  for (const reflection of project.children ?? []) {
    const path = sourceOf.get(reflection);
    const concept = path === undefined ? undefined : conceptOfPath(path);
    if (concept === undefined) {
      app.logger.error(
        `samhandling docs: ${reflection.name} (${path ?? "unknown file"}) is in no concept; ` +
          "add its folder to CONCEPTS in scripts/typedoc/concepts.mjs",
      );
      continue;
    }
    const comment = reflection.comment ?? reflection.signatures?.find((s) => s.comment)?.comment;
    // An export without any comment is reported by typedoc's notDocumented validation; a comment
    // made here would hide that.
    if (comment === undefined) continue;
    comment.blockTags = comment.blockTags.filter((tag) => tag.tag !== "@category");
    comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: concept }]));
  }
}

/** A key for a union of literals: its values, sorted. */
const unionKey = (values) => JSON.stringify([...values].map(String).sort());

/**
 * Records the literal union an exported alias stands for (`FindingCode`, `Severity`), worked out
 * by the compiler, under its key; a key two aliases share is dropped, as neither name is right.
 */
function recordLiteralUnion(context, reflection, literalUnions) {
  const symbol = context.getSymbolFromReflection(reflection);
  if (symbol === undefined) return;
  const type = context.checker.getDeclaredTypeOfSymbol(symbol);
  if (!type.isUnion() || type.types.length < 3) return;
  if (!type.types.every((member) => member.isLiteral())) return;
  const key = unionKey(type.types.map((member) => member.value));
  literalUnions.set(key, literalUnions.has(key) ? null : reflection);
}

/** A union of literals spelled out where an exported alias names it becomes a reference to it. */
function nameLiteralUnions(project, literalUnions) {
  for (const reflection of Object.values(project.reflections)) {
    for (const [holder, key] of typeSlots(reflection)) {
      holder[key] = mapType(holder[key], (type) => {
        if (type.type !== "union" || !type.types.every((member) => member.type === "literal")) return undefined;
        const alias = literalUnions.get(unionKey(type.types.map((member) => member.value)));
        if (!alias || (alias === reflection && holder === reflection)) return undefined;
        return ReferenceType.createResolvedReference(alias.name, alias, project);
      });
    }
  }
}

/** Gives each guide (docs/*.md) its navigation group. */
function placeDocuments(app, project) {
  for (const document of project.documents ?? []) {
    const file = fileNameOf(project, document);
    const entry = DOCUMENT_ORDER.find((d) => d.file === file);
    document.frontmatter.category = entry?.category ?? GUIDES;
    if (entry?.title !== undefined && document.frontmatter.title === undefined) document.name = entry.title;
  }
}

function fileNameOf(project, reflection) {
  const path = project.files.getReflectionPath(reflection);
  return path === undefined ? undefined : path.split(/[\\/]/).pop();
}

/** Puts the groups in the order of CATEGORY_ORDER, each group's pages in that of DOCUMENT_ORDER. */
function orderNavigation(project) {
  const groupRank = (category) => {
    const index = CATEGORY_ORDER.indexOf(category.title);
    return index === -1 ? CATEGORY_ORDER.length : index;
  };
  project.categories?.sort((a, b) => groupRank(a) - groupRank(b) || a.title.localeCompare(b.title));
  const rank = (reflection) => {
    const index = DOCUMENT_ORDER.findIndex((d) => d.file === fileNameOf(project, reflection));
    return index === -1 ? DOCUMENT_ORDER.length : index;
  };
  for (const category of project.categories ?? []) {
    if (!category.children.every((child) => child.kindOf(ReflectionKind.Document))) continue;
    category.children.sort((a, b) => rank(a) - rank(b) || fileNameOf(project, a).localeCompare(fileNameOf(project, b)));
  }
}

const isZodReference = (type, name) =>
  type?.type === "reference" && type.package === "zod" && type.qualifiedName === name;

/** Every place a reflection holds a type, as [holder, key]. */
function* typeSlots(reflection) {
  if (reflection.type) yield [reflection, "type"];
  if (reflection.defaultValue && typeof reflection.defaultValue === "object") yield [reflection, "defaultValue"];
  for (const key of ["default", "extendsType"]) {
    if (reflection[key] && typeof reflection[key] === "object") yield [reflection, key];
  }
  if (reflection.kindOf(ReflectionKind.TypeParameter) && reflection.type) yield [reflection, "type"];
  for (const key of ["extendedTypes", "implementedTypes"]) {
    if (Array.isArray(reflection[key])) for (let i = 0; i < reflection[key].length; i++) yield [reflection[key], i];
  }
}

/** Rewrites a type tree bottom-up with `rewrite`, which returns a replacement or undefined. */
function mapType(type, rewrite) {
  if (type === undefined || type === null || typeof type !== "object") return type;
  const walk = (t) => mapType(t, rewrite);
  switch (type.type) {
    case "reference":
      if (type.typeArguments) type.typeArguments = type.typeArguments.map(walk);
      break;
    case "array":
    case "optional":
    case "rest":
      type.elementType = walk(type.elementType);
      break;
    case "namedTupleMember":
      type.element = walk(type.element);
      break;
    case "tuple":
      type.elements = type.elements.map(walk);
      break;
    case "union":
    case "intersection":
      type.types = type.types.map(walk);
      break;
    case "conditional":
      type.checkType = walk(type.checkType);
      type.extendsType = walk(type.extendsType);
      type.trueType = walk(type.trueType);
      type.falseType = walk(type.falseType);
      break;
    case "indexedAccess":
      type.objectType = walk(type.objectType);
      type.indexType = walk(type.indexType);
      break;
    case "mapped":
      type.parameterType = walk(type.parameterType);
      type.templateType = walk(type.templateType);
      if (type.nameType) type.nameType = walk(type.nameType);
      break;
    case "typeOperator":
      type.target = walk(type.target);
      break;
    case "predicate":
      if (type.targetType) type.targetType = walk(type.targetType);
      break;
    case "templateLiteral":
      type.tail = type.tail.map(([t, text]) => [walk(t), text]);
      break;
    default:
      break;
  }
  return rewrite(type) ?? type;
}

/** Replaces zod's brand internals with names. */
function hideBrands(project) {
  const byName = new Map((project.children ?? []).map((child) => [child.name, child]));
  for (const reflection of Object.values(project.reflections)) {
    for (const [holder, key] of typeSlots(reflection)) {
      holder[key] = mapType(holder[key], (type) => {
        // string & z.$brand<"NationalId">  ->  string
        if (type.type === "intersection" && type.types.some((t) => isZodReference(t, "$brand"))) {
          const rest = type.types.filter((t) => !isZodReference(t, "$brand"));
          if (reflection.kindOf(ReflectionKind.TypeAlias) && holder === reflection) noteBrand(reflection);
          return rest.length === 1 ? rest[0] : new IntersectionType(rest);
        }
        // $ZodBranded<ZodString, "NationalId", "out">  ->  typeof NationalIdSchema
        if (isZodReference(type, "$ZodBranded")) {
          const brand = type.typeArguments?.[1];
          const name = brand?.type === "literal" ? String(brand.value) : undefined;
          const schema = name === undefined ? undefined : byName.get(`${name}Schema`);
          if (schema !== undefined && schema !== reflection) {
            return new QueryType(ReferenceType.createResolvedReference(schema.name, schema, project));
          }
          const named = name === undefined ? undefined : byName.get(name);
          if (named !== undefined) return zodType(project, named);
          return type.typeArguments?.[0] ?? new IntrinsicType("unknown");
        }
        return undefined;
      });
    }
  }
}

function noteBrand(reflection) {
  reflection.comment ??= new Comment();
  reflection.comment.summary.push({
    kind: "text",
    text: "\n\nA branded `string`: only a value its schema has parsed has this type, so a plain string is refused by the compiler.",
  });
}

/** `z.ZodType<Name>`, pointing at the named type. */
function zodType(project, named) {
  const reference = ReferenceType.createBrokenReference("z.ZodType", project, "zod");
  reference.typeArguments = [ReferenceType.createResolvedReference(named.name, named, project)];
  return reference;
}

function typeSize(type) {
  let size = 0;
  const count = (t) => {
    size++;
    if (t?.type === "reflection") size += 10 * (t.declaration.children?.length ?? 1);
    return undefined;
  };
  // mapType visits every node; `count` never replaces one.
  mapType(type, count);
  return size;
}

/** Sub-schemas with a long inferred zod type show as `z.ZodType<Name>`. */
function nameLargeSchemaTypes(project) {
  const byName = new Map((project.children ?? []).map((child) => [child.name, child]));
  for (const reflection of project.children ?? []) {
    if (!reflection.kindOf(ReflectionKind.Variable) || !reflection.name.endsWith("Schema")) continue;
    if (reflection.type?.type !== "reference" || reflection.type.package !== "zod") continue;
    const named = byName.get(reflection.name.slice(0, -"Schema".length));
    if (named === undefined || !named.kindOf(ReflectionKind.SomeType | ReflectionKind.Interface)) continue;
    if (typeSize(reflection.type) <= LARGE_SCHEMA_TYPE) continue;
    project.removeTypeReflections(reflection.type);
    reflection.type = zodType(project, named);
  }
}

/** Records `T` of a constant declared `{ ... } as const satisfies T`, converted to a typedoc type. */
function recordSatisfiedType(context, reflection, satisfied) {
  const symbol = context.getSymbolFromReflection(reflection);
  let declaration = symbol?.declarations?.[0];
  if (declaration !== undefined && symbol.flags & 2097152) {
    declaration = context.checker.getAliasedSymbol(symbol).declarations?.[0];
  }
  const initializer = declaration !== undefined && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  if (initializer === undefined || !ts.isSatisfiesExpression(initializer)) return;
  const asConst =
    ts.isAsExpression(initializer.expression) &&
    ts.isTypeReferenceNode(initializer.expression.type) &&
    initializer.expression.type.typeName.getText() === "const";
  satisfied.set(reflection, { type: context.converter.convertType(context, initializer.type), asConst });
}

/** A constant whose literal type runs to a page shows as the type it satisfies. */
function nameLargeConstantTypes(project, satisfied) {
  for (const [reflection, { type, asConst }] of satisfied) {
    if (typeSize(reflection.type) <= LARGE_CONSTANT_TYPE) continue;
    project.removeTypeReflections(reflection.type);
    if (asConst) {
      const readonly = ReferenceType.createBrokenReference("Readonly", project, "typescript");
      readonly.typeArguments = [type];
      reflection.type = readonly;
    } else {
      reflection.type = type;
    }
    reflection.comment?.summary.push({
      kind: "text",
      text: "\n\nIts type is shown as the type it satisfies; each entry keeps its literal values.",
    });
  }
}

/** An interface extending one of zod's lists its own members; zod's are in zod's docs. */
function dropInheritedZodMembers(project) {
  for (const reflection of project.children ?? []) {
    if (!reflection.kindOf(ReflectionKind.Interface)) continue;
    // zod is imported as `z` everywhere (STYLE.md), so a member inherited from zod names `z.`.
    const fromZod = (from) => from !== undefined && (from.package === "zod" || from.name.startsWith("z."));
    const inherited = (reflection.children ?? []).filter((child) => fromZod(child.inheritedFrom));
    if (inherited.length === 0) continue;
    for (const child of inherited) project.removeReflection(child);
    reflection.comment?.summary.push({
      kind: "text",
      text: "\n\nThe members it inherits from zod are not repeated here: see zod's own documentation.",
    });
  }
}

const examplesOf = (reflection) =>
  reflection.kindOf(ReflectionKind.SomeSignature)
    ? (reflection.comment?.blockTags.filter((tag) => tag.tag === "@example") ?? [])
    : [];

/** A signature's examples right after its summary, before the parameters and the return type. */
class SamhandlingContext extends DefaultThemeRenderContext {
  constructor(...args) {
    super(...args);
    const summary = this.commentSummary;
    const tags = this.commentTags;
    this.commentSummary = (reflection) => {
      const examples = examplesOf(reflection);
      const own = summary(reflection);
      if (examples.length === 0) return own;
      return JSX.createElement(
        JSX.Fragment,
        null,
        own,
        JSX.createElement(
          "div",
          { class: "tsd-comment tsd-typography samhandling-examples" },
          examples.map((tag) => {
            const anchor = this.slugger.slug("Example");
            return JSX.createElement(
              "div",
              { class: "tsd-tag-example" },
              JSX.createElement("h4", { class: "tsd-anchor-link", id: anchor }, "Example"),
              JSX.createElement(JSX.Raw, { html: this.markdown(tag.content) }),
            );
          }),
        ),
      );
    };
    this.commentTags = (reflection) => {
      const examples = examplesOf(reflection);
      if (examples.length === 0) return tags(reflection);
      const saved = examples.map((tag) => tag.skipRendering);
      for (const tag of examples) tag.skipRendering = true;
      try {
        return tags(reflection);
      } finally {
        examples.forEach((tag, i) => (tag.skipRendering = saved[i]));
      }
    };
  }
}

class SamhandlingTheme extends DefaultTheme {
  ContextClass = SamhandlingContext;
}
