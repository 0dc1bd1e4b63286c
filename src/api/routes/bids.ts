/**
 * Bids as stored work: a bid for one tender and lot with its questions (typed, or read from the
 * buyer's pack), each drafted, edited in saved versions, sent for review and approved or
 * returned with a comment; the history of every answer with a word-by-word diff; and the
 * submission document, verification pack and portal text of the bid, named for people.
 * Who may do what is data in src/access/roles.ts: a writer drafts and edits, a reviewer
 * approves or returns.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerHistory } from '../../access/bids/answer-history.js';
import { bidAnswerSections, latestAnswers } from '../../access/bids/bid-answer-sections.js';
import { getBidPack } from '../../access/bids/bid-pack.js';
import { allowConsistencyFinding, listConsistencyAllowances } from '../../access/bids/consistency-allowances.js';
import { ZAnswerHistorySchema, ZBidListItemSchema, ZBidQuestionInputSchema, ZBidQuestionSchema, ZBidSchema } from '../../access/bids/bid-schema.js';
import { createBid } from '../../access/bids/create-bid.js';
import { decideAnswer } from '../../access/bids/decide-answer.js';
import { getBid, questionNotFound } from '../../access/bids/get-bid.js';
import { listBids } from '../../access/bids/list-bids.js';
import { saveAnswerVersion } from '../../access/bids/save-answer-version.js';
import { recordExport } from '../../access/record-export.js';
import { draftingLimit, withPageLimitNote } from '../../bid/draft-bid-answers.js';
import { selectQuestions } from '../../bid/select-questions.js';
import { assertConsistent, reportStoredBid, ZStoredConsistencyReportSchema } from '../../bid/stored-bid-consistency.js';
import { writeBackStoredBid } from '../../bid/write-back-stored-bid.js';
import { readSharingDatabase, shareReads } from '../../bid/shared-reads.js';
import { draftBid } from '../../drafting/draft-bid.js';
import { readTenderPack } from '../../drafting/tender-pack/read-tender-pack.js';
import { parseReportingPeriod } from '../../evidence/period.js';
import { exportSections } from '../../export/export-sections.js';
import { ZPortalRuleSchema } from '../../export/portal-text.js';
import { renderPortalText, renderVerificationPack } from '../../export/tender-documents.js';
import { AppError } from '../../shared/app-error.js';
import { UUID_PATTERN } from '../../shared/uuid-pattern.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { contentDisposition, downloadName, lotLabel, questionLabel } from './download-name.js';
import { ZPortalResponseSchema } from './export-documents.js';
import { safeFileName } from './imports.js';
import { ZCursorParamSchema, ZPageLinksSchema, pageLimitSchema, pageLinks } from './pages.js';
import { ZPeriodParamSchema, ZServiceListSchema } from './query-params.js';

const MAX_QUESTIONS = 100;

const ZBidParamsSchema = z.object({ bidId: z.string().max(100).describe('The bid id (a UUID), as answered when it was created') });
const ZQuestionParamsSchema = ZBidParamsSchema.extend({ questionId: z.string().max(100).describe('The question id within the bid, as GET /v1/bids/{bidId} lists it') });
const ZQuestionIdSchema = z.string().regex(UUID_PATTERN, 'expected a question id (UUID)');

const ZPackUploadSchema = z
  .strictObject({
    name: z.string().min(1).max(255).describe('The file name; its extension (.docx or .xlsx) says how to read it'),
    content: z.string().min(1).describe('The file, base64'),
    questions: z
      .union([z.enum(['all', 'involvement']), z.array(z.string().trim().min(1).max(20)).min(1).max(MAX_QUESTIONS)])
      .default('all')
      .describe('Which of its questions the bid answers: all (the default), involvement (those about involvement) or the buyer’s numbers, e.g. ["2", "4.1"]'),
  })
  .describe("The buyer's tender pack (.docx or .xlsx), read as POST /v1/tender-packs reads it");

export const ZCreateBidBodySchema = z
  .strictObject({
    tenderName: z.string().trim().min(1).max(300).describe('The tender, as the buyer names it'),
    lot: z.string().trim().min(1).max(100).optional().describe('The lot, e.g. 2 or "Lot 2: North"'),
    deadline: z.iso.date().optional().describe('The submission deadline (YYYY-MM-DD)'),
    period: ZPeriodParamSchema,
    services: ZServiceListSchema.optional().describe('The services the answers are about (default all)'),
    questions: z.array(ZBidQuestionInputSchema).min(1).max(MAX_QUESTIONS).optional().describe('The questions typed in, in the buyer’s order (or send `pack`)'),
    pack: ZPackUploadSchema.optional(),
  })
  .refine((body) => (body.questions === undefined) !== (body.pack === undefined), { message: 'Send the questions typed in (`questions`) or the buyer’s pack (`pack`), one of the two.' });

const ZDraftBodySchema = z.strictObject({
  questionIds: z.array(ZQuestionIdSchema).min(1).max(MAX_QUESTIONS).optional().describe('The questions to draft (again); by default every question without an answer'),
  drafter: z.enum(['template', 'llm']).default('template').describe('template: the rule-based drafter; llm: the language model, falling back to the template'),
});

function saveAnswerBodySchema(maxTextCharacters: number) {
  return z.strictObject({
    text: z.string().trim().min(1).max(maxTextCharacters).describe('The whole answer, as Markdown, exactly as it would be pasted'),
    basedOnVersion: z.number().int().min(1).describe('The version this edit started from; 409 when another was saved meanwhile'),
  });
}

const ZVersionFieldSchema = z.number().int().min(1).optional().describe('The version you read; 409 when a later one was saved meanwhile (the latest by default)');
const ZSubmitBodySchema = z.strictObject({ version: ZVersionFieldSchema }).nullish();
const ZApproveBodySchema = z.strictObject({ version: ZVersionFieldSchema, comment: z.string().trim().max(2_000).optional().describe('A note for the writer, kept in the history') }).nullish();
const ZReturnBodySchema = z.strictObject({ version: ZVersionFieldSchema, comment: z.string().trim().min(1).max(2_000).describe('What the writer should change') });

const ZDownloadQuerySchema = z.object({
  questionId: ZQuestionIdSchema.optional().describe('Only this question; every answered question by default'),
  allowUnverified: z.string().trim().min(1).max(500).optional().describe('Export despite a failed gate, for this reason (recorded with the export)'),
});

const ZPortalQuerySchema = ZPortalRuleSchema.extend({
  marginPercent: z.coerce.number().min(0).max(50).default(0).describe('Keep this share of the limit free (percent, 0–50; 0 by default)'),
  questionId: ZQuestionIdSchema.optional().describe('Only this question; every answered question by default'),
});

const ZAllowFindingBodySchema = z.strictObject({
  findingId: z.string().regex(/^[0-9a-f]{16}$/u, 'expected a finding id as GET /v1/bids/{bidId}/consistency gives it (16 hex digits)').describe('The finding, by the id the consistency report gives it'),
  reason: z.string().trim().min(1).max(1_000).describe('Why the answers may go out as they are (kept with who gave it)'),
});

const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
} as const;

function binaryResponse(description: string, media: string) {
  return { description, content: { [media.split(';')[0]!]: { schema: z.string() } } };
}

/** The person-facing parts of a download's name: organisation, tender, lot, then what it is. */
function nameParts(bid: { tenderName: string; lot: string | null }, organisation: string, what: string): string[] {
  return [organisation, bid.tenderName, lotLabel(bid.lot) ?? '', what];
}

export const bidsRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The bid's consistency report over every answered question, with the allowances kept. */
  const consistencyOf = async (caller: { organisationId: string; organisationSlug: string }, bidId: string) => {
    const latest = await latestAnswers({ db: app.db, organisationId: caller.organisationId, bidId });
    const allowances = await listConsistencyAllowances({ db: app.db, organisationId: caller.organisationId, bidId });
    return reportStoredBid({ db: app.db, organisation: caller.organisationSlug, period: latest.bid.period, services: latest.bid.services, answers: latest.answers, allowances });
  };

  app.get(
    '/bids',
    {
      schema: {
        tags: ['bids'],
        operationId: 'listBids',
        summary: 'Bids, newest first, a page at a time',
        description: "The organisation's bids with where their questions stand; follow `next` for the following page. GET /v1/bids/{bidId} returns a bid with its questions.",
        querystring: z.object({ limit: pageLimitSchema(20, 100), cursor: ZCursorParamSchema }),
        response: { 200: jsonResponse('A page of bids', ZPageLinksSchema.extend({ bids: z.array(ZBidListItemSchema).describe('Bids, newest first') })), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { limit, cursor } = request.query;
      const page = await listBids({ db: app.db, organisationId: callerOf(request).organisationId, limit, ...(cursor !== undefined ? { cursor } : {}) });
      return { bids: page.items, ...pageLinks(request, reply, page.nextCursor) };
    },
  );

  app.post(
    '/bids',
    {
      bodyLimit: app.limits.uploadBytes,
      config: { idempotent: true },
      schema: {
        tags: ['bids'],
        operationId: 'createBid',
        summary: 'Create a bid from typed questions or the buyer’s tender pack',
        description:
          'Stores a bid for a tender (and lot) with its questions in the buyer’s order, none answered yet: typed in (`questions`, each with its limit), or read from the buyer’s Word or Excel pack (`pack`, base64) and chosen by number. A pack is kept as uploaded, so the answers can be written back into it (GET /v1/bids/{bidId}/write-back). The Location header names the new bid.',
        body: ZCreateBidBodySchema,
        response: { 201: jsonResponse('The new bid', ZBidSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { tenderName, lot, deadline, period, services, pack } = request.body;
      const reportingPeriod = parseReportingPeriod(period);
      let questions = request.body.questions;
      let kept: { fileName: string; content: Uint8Array } | undefined;
      if (pack) {
        const content = Buffer.from(pack.content, 'base64');
        if (content.length === 0) throw new AppError('INVALID_INPUT', 'pack.content is empty: send the tender pack file in base64.');
        const read = await readTenderPack({ file: safeFileName(pack.name), content, period: reportingPeriod });
        questions = selectQuestions(read, pack.questions).map((question) => ({ number: question.number, text: question.text, ...(question.limit ? { limit: question.limit } : {}) }));
        kept = { fileName: read.file, content };
      }
      const bid = await createBid({
        db: app.db,
        caller,
        tenderName,
        period,
        questions: questions ?? [],
        ...(lot !== undefined ? { lot } : {}),
        ...(deadline !== undefined ? { deadline } : {}),
        ...(services !== undefined ? { services } : {}),
        ...(kept ? { pack: kept } : {}),
      });
      return reply.code(201).header('location', `/v1/bids/${bid.id}`).send(bid);
    },
  );

  app.get(
    '/bids/:bidId',
    {
      schema: {
        tags: ['bids'],
        operationId: 'getBid',
        summary: 'A bid with its questions, each with its latest answer and status',
        description: "One of the organisation's bids: its questions in the buyer's order, each with its status, latest saved answer (count and the gate's findings) and latest review step. Another organisation's id answers 404 like a missing one.",
        params: ZBidParamsSchema,
        querystring: z.object({
          maxAgeMonths: z.coerce.number().int().min(1).max(60).optional().describe('Flag quoted figures whose records are older than this many months (6 by default)'),
        }),
        response: { 200: jsonResponse('The bid', ZBidSchema), ...problemResponses },
      },
    },
    async (request) => getBid({ db: app.db, organisationId: callerOf(request).organisationId, bidId: request.params.bidId, ...(request.query.maxAgeMonths !== undefined ? { maxAgeMonths: request.query.maxAgeMonths } : {}) }),
  );

  app.post(
    '/bids/:bidId/drafts',
    {
      config: { idempotent: true },
      schema: {
        tags: ['bids'],
        operationId: 'draftBidAnswers',
        summary: 'Draft answers to some or all questions of a bid',
        description:
          "Drafts the chosen questions (by default every one without an answer) from the organisation's evidence for the bid's period, each to its own limit, as one bid so the answers stay distinct: case examples and changes are not repeated across answers. Each draft is saved as a new version; an approved answer drafted again goes back to review.",
        params: ZBidParamsSchema,
        body: ZDraftBodySchema.nullish(),
        response: { 200: jsonResponse('The bid with its new drafts', ZBidSchema), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const bid = await getBid({ db: app.db, organisationId: caller.organisationId, bidId: request.params.bidId });
      const body = request.body ?? { drafter: 'template' as const };
      const wanted = body.questionIds ? new Set(body.questionIds) : undefined;
      if (wanted && [...wanted].some((id) => !bid.questions.some((question) => question.id === id))) throw questionNotFound();
      const targets = bid.questions.filter((question) => (wanted ? wanted.has(question.id) : question.status === 'not-started'));
      if (targets.length === 0) throw new AppError('CONFLICT', 'Every question of this bid has an answer already: choose the questions to draft again (questionIds).');
      // Earlier questions are drafted too (and not saved) so later answers avoid what they use.
      const last = bid.questions.indexOf(targets.at(-1)!);
      // One bid's answers read the same rows: each is read once for the whole request.
      const sections = await shareReads(() =>
        draftBid({
          db: readSharingDatabase(app.db),
          organisation: caller.organisationSlug,
          period: bid.period,
          ...(bid.services.length > 0 ? { services: bid.services } : {}),
          drafter: body.drafter ?? 'template',
          tender: { name: bid.tenderName, ...(bid.lot ? { lot: bid.lot } : {}) },
          ...(app.llm !== undefined ? { llm: app.llm } : {}),
          questions: bid.questions.slice(0, last + 1).map((question) => {
            const limit = draftingLimit(question.limit ?? undefined);
            return { question: { number: question.number, text: question.text }, ...(limit ? { limit } : {}) };
          }),
        }),
      );
      for (const question of targets) {
        const section = withPageLimitNote(sections[bid.questions.indexOf(question)]!, { limit: question.limit });
        await saveAnswerVersion({ db: app.db, caller, bidId: bid.id, questionId: question.id, answer: { kind: 'drafted', section } });
      }
      return getBid({ db: app.db, organisationId: caller.organisationId, bidId: bid.id });
    },
  );

  app.post(
    '/bids/:bidId/questions/:questionId/versions',
    {
      config: { idempotent: true },
      schema: {
        tags: ['bids'],
        operationId: 'saveBidAnswer',
        summary: 'Save an edited answer as a new version',
        description:
          'Saves the writer’s text as a new version (earlier versions are kept) and judges it again against the same evidence: count, limit and every number. An approved answer, or one in review, that is edited goes (back) to review. 409 when another version was saved after `basedOnVersion`.',
        params: ZQuestionParamsSchema,
        body: saveAnswerBodySchema(app.limits.maxTextCharacters),
        response: { 201: jsonResponse('The question with its new answer', ZBidQuestionSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { bidId, questionId } = request.params;
      const question = await saveAnswerVersion({ db: app.db, caller: callerOf(request), bidId, questionId, basedOnVersion: request.body.basedOnVersion, answer: { kind: 'edited', text: request.body.text } });
      return reply.code(201).header('location', `/v1/bids/${bidId}/questions/${questionId}/history`).send(question);
    },
  );

  const decisions = [
    { path: 'submit', decision: 'submitted', operationId: 'submitBidAnswer', summary: 'Send an answer for review', body: ZSubmitBodySchema, description: 'Moves a drafted or returned answer to review, for a reviewer to approve or return. 409 when it is in another state or a later version was saved.' },
    { path: 'approve', decision: 'approved', operationId: 'approveBidAnswer', summary: 'Approve an answer (reviewers and admins)', body: ZApproveBodySchema, description: 'Signs off the answer in review, at the version given. Writers and integrations cannot approve (403). Editing it later sends it back to review.' },
    { path: 'return', decision: 'returned', operationId: 'returnBidAnswer', summary: 'Return an answer with a comment (reviewers and admins)', body: ZReturnBodySchema, description: 'Sends the answer in review back to the writer with a comment saying what to change. Writers and integrations cannot return answers (403).' },
  ] as const;
  for (const entry of decisions) {
    app.post(
      `/bids/:bidId/questions/:questionId/${entry.path}`,
      {
        schema: {
          tags: ['bids'],
          operationId: entry.operationId,
          summary: entry.summary,
          description: entry.description,
          params: ZQuestionParamsSchema,
          body: entry.body,
          response: { 200: jsonResponse('The question after the step', ZBidQuestionSchema), ...problemResponses },
        },
      },
      async (request) => {
        const body = (request.body ?? {}) as { version?: number; comment?: string };
        return decideAnswer({
          db: app.db,
          caller: callerOf(request),
          bidId: request.params.bidId,
          questionId: request.params.questionId,
          decision: entry.decision,
          ...(body.version !== undefined ? { version: body.version } : {}),
          ...(body.comment !== undefined ? { comment: body.comment } : {}),
        });
      },
    );
  }

  app.get(
    '/bids/:bidId/questions/:questionId/history',
    {
      schema: {
        tags: ['bids'],
        operationId: 'getBidAnswerHistory',
        summary: 'Every saved version of an answer, with what changed, and every review step',
        description: 'The versions of the answer newest first, each with who saved it, when, and a word-by-word diff from the version before; and the review steps (submitted, approved, returned with comment).',
        params: ZQuestionParamsSchema,
        response: { 200: jsonResponse('The history of the answer', ZAnswerHistorySchema), ...problemResponses },
      },
    },
    async (request) => answerHistory({ db: app.db, organisationId: callerOf(request).organisationId, bidId: request.params.bidId, questionId: request.params.questionId }),
  );

  app.get(
    '/bids/:bidId/submission.docx',
    {
      schema: {
        tags: ['bids'],
        operationId: 'getBidSubmission',
        summary: 'The submission document of a bid, or of one question',
        description:
          "The latest answer of every answered question (or of `questionId`) in the buyer's order, each on its own page, through the same gate as `assured export`: while a number is unverified the download is refused (422 export-blocked) unless allowUnverified gives a reason; while answers disagree with each other (GET /v1/bids/{bidId}/consistency) it is refused (422 bid-inconsistent) until each blocking finding touching the answers downloaded is fixed or allowed with a reason. Named for people: \"Harbour Care – Supported Living Framework – Lot 2 – Q4.2.docx\". Every export is recorded (GET /v1/exports).",
        params: ZBidParamsSchema,
        querystring: ZDownloadQuerySchema,
        produces: [MEDIA.docx],
        response: { 200: binaryResponse('The submission document', MEDIA.docx), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { questionId, allowUnverified } = request.query;
      const report = await consistencyOf(caller, request.params.bidId);
      assertConsistent(report, questionId !== undefined ? 'This answer' : 'The submission', questionId !== undefined ? new Set([questionId]) : undefined);
      const answers = await bidAnswerSections({ db: app.db, organisationId: caller.organisationId, bidId: request.params.bidId, ...(questionId !== undefined ? { questionId } : {}) });
      const exported = await exportSections({ sections: answers.sections, format: 'docx', ...(allowUnverified !== undefined ? { allowUnverified } : {}) });
      const records = [];
      for (const section of answers.sections) {
        records.push(
          await recordExport({
            db: app.db,
            organisationId: caller.organisationId,
            section,
            format: 'docx',
            apiKeyId: caller.apiKeyId,
            ...(!exported.gate.ok && allowUnverified !== undefined ? { unverifiedReason: allowUnverified } : {}),
          }),
        );
      }
      const what = questionId !== undefined ? questionLabel(answers.questions[0]!.number) : 'Submission';
      const name = downloadName(nameParts(answers.bid, answers.sections[0]!.organisation.bidderName, what), 'docx');
      return reply
        .type(MEDIA.docx)
        .header('content-disposition', contentDisposition(name))
        .header('x-export-id', records.map((record) => record.id).join(', '))
        .send(exported.content as unknown as string);
    },
  );

  for (const format of ['docx', 'html'] as const) {
    app.get(
      `/bids/:bidId/verification-pack.${format}`,
      {
        schema: {
          tags: ['bids'],
          operationId: format === 'docx' ? 'getBidVerificationPack' : 'getBidVerificationPackHtml',
          summary: `The verification pack of a bid as ${format === 'docx' ? 'a Word document' : 'HTML'} (for the bid team, never sent)`,
          description: 'Every claim of every answered question (or of `questionId`) with its status, what it rests on, its counts, period, place and import batches, and a sign-off table. Named for people, like the submission.',
          params: ZBidParamsSchema,
          querystring: ZDownloadQuerySchema,
          produces: [MEDIA[format].split(';')[0]!],
          response: { 200: binaryResponse('The verification pack', MEDIA[format]), ...problemResponses },
        },
      },
      async (request, reply) => {
        const { questionId, allowUnverified } = request.query;
        const answers = await bidAnswerSections({ db: app.db, organisationId: callerOf(request).organisationId, bidId: request.params.bidId, ...(questionId !== undefined ? { questionId } : {}) });
        const pack = await renderVerificationPack(answers.sections, { format, ...(allowUnverified !== undefined ? { allowUnverified } : {}) });
        const what = questionId !== undefined ? `${questionLabel(answers.questions[0]!.number)} – Verification pack` : 'Verification pack';
        const name = downloadName(nameParts(answers.bid, answers.sections[0]!.organisation.bidderName, what), format);
        return reply.type(MEDIA[format]).header('content-disposition', contentDisposition(name)).send(pack.content as unknown as string);
      },
    );
  }

  app.get(
    '/bids/:bidId/portal-text',
    {
      schema: {
        tags: ['bids'],
        operationId: 'getBidPortalText',
        summary: 'Portal-exact text of the bid’s answers, with counts by the portal’s rule',
        description:
          'The latest answer of every answered question (or of `questionId`) as plain text to paste into the tender portal, counted by the portal’s rule (line breaks as two characters and list markers as words unless told otherwise) against its limit less the safety margin. The page’s "Copy for portal" copies exactly `text`.',
        params: ZBidParamsSchema,
        querystring: ZPortalQuerySchema,
        response: { 200: jsonResponse('One text per answer and the counts', ZPortalResponseSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { questionId, ...rule } = request.query;
      const answers = await bidAnswerSections({ db: app.db, organisationId: callerOf(request).organisationId, bidId: request.params.bidId, ...(questionId !== undefined ? { questionId } : {}) });
      return renderPortalText(answers.sections, rule);
    },
  );

  app.get(
    '/bids/:bidId/consistency',
    {
      schema: {
        tags: ['bids'],
        operationId: 'getBidConsistency',
        summary: 'Whether the bid’s answers tell one story',
        description:
          'Compares the latest answer of every answered question: the same figure quoted with the same value and place for a period, no two answers stating who chairs, how often or how quickly differently, no case example or "you said, we did" change used twice. Each finding names the questions it touches and whether it has been allowed with a reason; a blocking finding not allowed holds back the submission and the write-back.',
        params: ZBidParamsSchema,
        response: { 200: jsonResponse('The consistency report', ZStoredConsistencyReportSchema), ...problemResponses },
      },
    },
    async (request) => consistencyOf(callerOf(request), request.params.bidId),
  );

  app.post(
    '/bids/:bidId/consistency/allowances',
    {
      schema: {
        tags: ['bids'],
        operationId: 'allowBidConsistencyFinding',
        summary: 'Let a consistency finding through, with the reason',
        description:
          'Keeps the reason (and who gave it) for one finding of GET /v1/bids/{bidId}/consistency, so it no longer holds back the submission. It holds while the finding reads the same: once the answers change, the finding gets a new id and needs fixing or allowing again. 409 when the bid has no such finding now. Answers the report after the change.',
        params: ZBidParamsSchema,
        body: ZAllowFindingBodySchema,
        response: { 200: jsonResponse('The consistency report with the finding allowed', ZStoredConsistencyReportSchema), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const before = await consistencyOf(caller, request.params.bidId);
      await allowConsistencyFinding({ db: app.db, caller, bidId: request.params.bidId, findingId: request.body.findingId, reason: request.body.reason, currentFindingIds: new Set(before.findings.map((finding) => finding.id)) });
      return consistencyOf(caller, request.params.bidId);
    },
  );

  app.get(
    '/bids/:bidId/write-back',
    {
      schema: {
        tags: ['bids'],
        operationId: 'getBidWriteBack',
        summary: 'The buyer’s own pack with the answers written in',
        description:
          "The Word form or workbook the bid was created from, with the latest answer of every answered question written into its place: the answer column of a workbook (its formatting, other sheets and formulas kept) or the answer cell under each question of a Word form (or paragraphs after the question). The text is the portal text. Held back like the submission: by the export gate unless allowUnverified gives a reason, and by consistency findings not yet allowed. 409 for a bid whose questions were typed in.",
        params: ZBidParamsSchema,
        querystring: ZDownloadQuerySchema.omit({ questionId: true }),
        produces: [MEDIA.docx, MEDIA.xlsx],
        response: { 200: { description: "The buyer's file with the answers in it, in its own format", content: { [MEDIA.docx]: { schema: z.string() }, [MEDIA.xlsx]: { schema: z.string() } } }, ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { bidId } = request.params;
      const pack = await getBidPack({ db: app.db, organisationId: caller.organisationId, bidId });
      const report = await consistencyOf(caller, bidId);
      assertConsistent(report, 'The filled pack');
      const latest = await latestAnswers({ db: app.db, organisationId: caller.organisationId, bidId });
      const { allowUnverified } = request.query;
      const written = await writeBackStoredBid({ pack, period: latest.bid.period, answers: latest.answers, ...(allowUnverified !== undefined ? { allowUnverified } : {}) });
      const base = pack.fileName.replace(/\.(?:docx|xlsx)$/iu, '');
      const name = downloadName(nameParts(latest.bid, latest.answers[0]!.section.organisation.bidderName, `${base} (answered)`), written.format);
      return reply.type(MEDIA[written.format]).header('content-disposition', contentDisposition(name)).send(written.content as unknown as string);
    },
  );
};

