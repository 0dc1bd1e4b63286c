// Generated from the OpenAPI document (GET /docs/json) by test/api/generate-web-api-types.ts: do not edit.
// Regenerate with: npx tsx test/api/generate-web-api-types.ts

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers as long as the process runs; it does not touch the database. No key needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database reachable, migrations applied
         * @description Answers 200 once the database answers and every migration is applied, 503 otherwise, so a load balancer sends traffic only to a ready instance. No key needed.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bids, newest first, a page at a time
         * @description The organisation's bids with where their questions stand; follow `next` for the following page. GET /v1/bids/{bidId} returns a bid with its questions.
         */
        get: operations["listBids"];
        put?: never;
        /**
         * Create a bid from typed questions or the buyer’s tender pack
         * @description Stores a bid for a tender (and lot) with its questions in the buyer’s order, none answered yet: typed in (`questions`, each with its limit), or read from the buyer’s Word or Excel pack (`pack`, base64) and chosen by number. A pack is kept as uploaded, so the answers can be written back into it (GET /v1/bids/{bidId}/write-back). The Location header names the new bid.
         */
        post: operations["createBid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bid with its questions, each with its latest answer and status
         * @description One of the organisation's bids: its questions in the buyer's order, each with its status, latest saved answer (count and the gate's findings) and latest review step. Another organisation's id answers 404 like a missing one.
         */
        get: operations["getBid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the bid’s answers tell one story
         * @description Compares the latest answer of every answered question: the same figure quoted with the same value and place for a period, no two answers stating who chairs, how often or how quickly differently, no case example or "you said, we did" change used twice. Each finding names the questions it touches and whether it has been allowed with a reason; a blocking finding not allowed holds back the submission and the write-back.
         */
        get: operations["getBidConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/consistency/allowances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Let a consistency finding through, with the reason
         * @description Keeps the reason (and who gave it) for one finding of GET /v1/bids/{bidId}/consistency, so it no longer holds back the submission. It holds while the finding reads the same: once the answers change, the finding gets a new id and needs fixing or allowing again. 409 when the bid has no such finding now. Answers the report after the change.
         */
        post: operations["allowBidConsistencyFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft answers to some or all questions of a bid
         * @description Drafts the chosen questions (by default every one without an answer) from the organisation's evidence for the bid's period, each to its own limit, as one bid so the answers stay distinct: case examples and changes are not repeated across answers. Each draft is saved as a new version; an approved answer drafted again goes back to review.
         */
        post: operations["draftBidAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/portal-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Portal-exact text of the bid’s answers, with counts by the portal’s rule
         * @description The latest answer of every answered question (or of `questionId`) as plain text to paste into the tender portal, counted by the portal’s rule (line breaks as two characters and list markers as words unless told otherwise) against its limit less the safety margin. The page’s "Copy for portal" copies exactly `text`.
         */
        get: operations["getBidPortalText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/questions/{questionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an answer (reviewers and admins)
         * @description Signs off the answer in review, at the version given. Writers and integrations cannot approve (403). Editing it later sends it back to review.
         */
        post: operations["approveBidAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/questions/{questionId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every saved version of an answer, with what changed, and every review step
         * @description The versions of the answer newest first, each with who saved it, when, and a word-by-word diff from the version before; and the review steps (submitted, approved, returned with comment).
         */
        get: operations["getBidAnswerHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/questions/{questionId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return an answer with a comment (reviewers and admins)
         * @description Sends the answer in review back to the writer with a comment saying what to change. Writers and integrations cannot return answers (403).
         */
        post: operations["returnBidAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/questions/{questionId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an answer for review
         * @description Moves a drafted or returned answer to review, for a reviewer to approve or return. 409 when it is in another state or a later version was saved.
         */
        post: operations["submitBidAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/questions/{questionId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save an edited answer as a new version
         * @description Saves the writer’s text as a new version (earlier versions are kept) and judges it again against the same evidence: count, limit and every number. An approved answer, or one in review, that is edited goes (back) to review. 409 when another version was saved after `basedOnVersion`.
         */
        post: operations["saveBidAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/submission.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The submission document of a bid, or of one question
         * @description The latest answer of every answered question (or of `questionId`) in the buyer's order, each on its own page, through the same gate as `assured export`: while a number is unverified the download is refused (422 export-blocked) unless allowUnverified gives a reason; while answers disagree with each other (GET /v1/bids/{bidId}/consistency) it is refused (422 bid-inconsistent) until each blocking finding touching the answers downloaded is fixed or allowed with a reason. Named for people: "Harbour Care – Supported Living Framework – Lot 2 – Q4.2.docx". Every export is recorded (GET /v1/exports).
         */
        get: operations["getBidSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/verification-pack.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The verification pack of a bid as a Word document (for the bid team, never sent)
         * @description Every claim of every answered question (or of `questionId`) with its status, what it rests on, its counts, period, place and import batches, and a sign-off table. Named for people, like the submission.
         */
        get: operations["getBidVerificationPack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/verification-pack.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The verification pack of a bid as HTML (for the bid team, never sent)
         * @description Every claim of every answered question (or of `questionId`) with its status, what it rests on, its counts, period, place and import batches, and a sign-off table. Named for people, like the submission.
         */
        get: operations["getBidVerificationPackHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bids/{bidId}/write-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The buyer’s own pack with the answers written in
         * @description The Word form or workbook the bid was created from, with the latest answer of every answered question written into its place: the answer column of a workbook (its formatting, other sheets and formulas kept) or the answer cell under each question of a Word form (or paragraphs after the question). The text is the portal text. Held back like the submission: by the export gate unless allowUnverified gives a reason, and by consistency findings not yet allowed. 409 for a bid whose questions were typed in.
         */
        get: operations["getBidWriteBack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a draft: vague and tokenistic wording, structure, anchors, jargon, readability, length
         * @description Runs the draft checker over a Markdown draft and answers every finding with its rule, position and what was expected. With a period, the draft's numbers are also checked against the organisation's evidence pack for it. Nothing is stored.
         */
        post: operations["checkDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard: figures for a decision, with change and status
         * @description The period's figures, headline figures first, each with how it moved since the previous period and its status against the organisation's threshold (met, below, small sample, no data, or held to no threshold), the place stated once and the trend of three headline figures over four quarters. Optionally for some services only.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard as CSV
         * @description The same figures as GET /v1/dashboard, one row per figure (kind "figure", unrounded values) and then one row per trend line and quarter (kind "trend"). Named for people: "Harbour Care – Dashboard – Q2 2026.csv".
         */
        get: operations["getDashboardCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard as a Word document
         * @description The same figures as GET /v1/dashboard in a landscape Word document: headline figures, other figures and breakdowns as tables with their status (weak ones marked and shaded), the trend as a table of quarters, and each source. Named for people: "Harbour Care – Dashboard – Q2 2026.docx".
         */
        get: operations["getDashboardDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export records, newest first, a page at a time
         * @description Every export of a section as a document: when, in which format, by which key, with which figures and import batches, and the reason when it went out despite a failed gate.
         */
        get: operations["listExports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The verification pack for the bid team (never sent to the buyer)
         * @description Every claim of every answer with its status, what it rests on, how it is counted, the counts, period and place, the import batches behind it (file, SHA-256, imported at, rows) and the figures’ as-of dates; findings exported anyway with the reason; a sign-off table.
         */
        post: operations["exportVerificationPack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Portal-exact text of each answer, with counts by the portal’s rule
         * @description Each answer as plain text to paste into a tender portal, counted by the portal’s rule (line breaks as two characters and list markers as words unless told otherwise) against its limit less the safety margin.
         */
        post: operations["exportPortalText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The submission document for several sections (each answer on its own page)
         * @description Each question once and its answer, in the order given, through the same gate as `assured export`; title block, count lines, evidence table and footnotes only when `include` asks. Every section exported is recorded (GET /v1/exports).
         */
        post: operations["exportSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evidence pack: dated, sourced figures with place anchors
         * @description Computes the organisation's figures for a period from its imported records: every figure with its value, the previous period's, the standard it is held to and the files it came from. Optionally for some services only, and with verified case examples.
         */
        get: operations["getFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mappings saved for the organisation
         * @description Every mapping saved for the organisation, by name, with the record types it covers.
         */
        get: operations["listImportMappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import-mappings/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One saved mapping, as it was saved
         * @description The whole mapping saved under the name for the organisation (columns, values, attendance columns), to look at, change and save again with PUT.
         */
        get: operations["getImportMapping"];
        /**
         * Save how a system's exports map to Assured's columns, under a name
         * @description Stores a mapping for the organisation (as `assured mapping save` does), replacing one of the same name. Imports then name it in `mapping` instead of sending it again.
         */
        put: operations["saveImportMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Imports asked through the API, newest first, with their reports
         * @description Every import sent to POST /v1/imports (rejected ones and dry runs included) with the report it answered; follow `next` for the following page.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Import involvement records (CSV, XLSX, JSON) with row-level errors
         * @description Imports one or more files of involvement records (services, people, reviews, actions, feedback …; the file name decides the record type) in one transaction. A file with an invalid row rejects the whole import (422, with every row-level error and the rejected rows in `report`) unless skipInvalid is set. A file imported before is reported unchanged. Uploads over 2 MiB in all (or sent with `Prefer: respond-async`) run as a job: 202 with a Location header; GET /v1/imports/{id} then reports progress and the same report.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One import: its progress while it runs, then its report
         * @description Reports an import of the organisation. A job (POST /v1/imports answered 202) is `running` with its phase and rows read, checked and written; it then ends with the same report a synchronous import answers (`imported`, `partly-imported`, `validated` or `rejected` with every row error), or `failed` with the fault in `problem`. Nothing of a rejected or failed import is written. Poll every second or two.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/error-workbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A rejected workbook handed back with its errors marked (XLSX)
         * @description Send the same files (and mapping) as the import, and name the workbook to mark in `file`. The files are checked as a dry run (nothing is written) and that workbook comes back as it was sent, with an "Errors" column on each sheet saying what is wrong on each row, the bad cells highlighted, and an "Import errors" sheet listing every error with its row, your column and the value. A file without errors, or not a workbook, is a 400.
         */
        post: operations["createImportErrorWorkbook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How files would be stored, before importing them: columns, values and the first rows
         * @description Send the files (and mapping) as for POST /v1/imports. Nothing is written. Each file comes back with how its headers map to Assured's columns, every distinct value of each column with a list of allowed values and what it is stored as (with its row count; unknown values are listed with the allowed ones, to choose in the mapping's `values`), and its first rows as they would be stored, each with its errors. Correct the mapping and preview again; save it with PUT /v1/import-mappings/{name} and import with its name.
         */
        post: operations["previewImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The template workbook to fill in (XLSX)
         * @description One sheet per record type with its header row, an example row, a dropdown for every list of allowed values and date formatting, and a "Read me" sheet saying what each column means. The same file as `assured template`. Upload it filled in as one workbook.
         */
        get: operations["getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitations not yet used or expired
         * @description Invitations that can still be accepted (their links are never shown again); for administrators.
         */
        get: operations["listInvites"];
        put?: never;
        /**
         * Invite a person by a one-time link
         * @description Answers the link once; pass it on to the person (no mail is sent). It works once, until it expires.
         */
        post: operations["createInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invites/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation: choose a password and sign in
         * @description Creates the account the one-time invitation names, uses up the invitation and starts a session.
         */
        post: operations["acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The self-score grid (ten dimensions, 0–2, target 17 of 20)
         * @description Scores the organisation on ten dimensions of involvement for a period, from its records where they decide and from its self-assessment where they cannot, with the next step for each dimension below full marks.
         */
        get: operations["getScore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stored sections, newest first, a page at a time
         * @description The organisation's sections with their question and period; follow `next` for the following page. GET /v1/sections/{id} returns a whole section.
         */
        get: operations["listSections"];
        put?: never;
        /**
         * Draft, validate and store a tender section
         * @description Drafts an answer to a tender question from the organisation's evidence pack for a period, validates every number in it, reviews it through the export gate and stores it. The Location header names the new section.
         */
        post: operations["createSection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stored section
         * @description One of the organisation's sections as stored; another organisation's id answers 404 like a missing one.
         */
        get: operations["getSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sections/{id}/document.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a section as a Word document (blocked while a number is unverified)
         * @description The section as a Word document, through the same gate as `assured export`: while a number is unverified the export is refused (422, with the gate's findings in `gate`) unless allowUnverified gives a reason. Every export is recorded (GET /v1/exports); X-Export-Id names the record.
         */
        get: operations["getSectionDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sections/{id}/document.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a section as Markdown (blocked while a number is unverified)
         * @description The section as a Markdown document, through the same gate as `assured export`: while a number is unverified the export is refused (422, with the gate's findings in `gate`) unless allowUnverified gives a reason. Every export is recorded (GET /v1/exports); X-Export-Id names the record.
         */
        get: operations["getSectionMarkdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's services (reference, name, locality)
         * @description Lists the services of the organisation as imported, so a client can offer them as filters without computing any figures.
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether this browser is signed in: who, with the CSRF token
         * @description The signed-in person and the CSRF token of their session, or `signedIn: false`; a page calls it on load.
         */
        get: operations["getSession"];
        put?: never;
        /**
         * Sign in with email and password
         * @description Starts a session: sets the HttpOnly session cookie and answers the CSRF token that every change must carry.
         */
        post: operations["signIn"];
        /**
         * Sign out of this browser
         * @description Ends the session of this cookie and clears the cookie; other browsers stay signed in.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out of every browser
         * @description Ends every session of the signed-in person, on every device, including this one.
         */
        delete: operations["signOutEverywhere"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tender-packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the questions of a buyer's tender pack (.docx or .xlsx)
         * @description Reads a buyer's Word or Excel tender pack and answers its questions in the buyer's order: number, text, limit, weighting, topics, whether each is about involvement (score and reason) and where its answer goes. Places that could not be read are listed with their paragraph, table cell or sheet and cell. Nothing is stored.
         */
        post: operations["readTenderPack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People of the organisation with their roles
         * @description Everyone with an account in the organisation, oldest first; for administrators.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/validations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate the numbers of a draft against an evidence pack
         * @description Finds every number and practice statement in a Markdown draft and checks each against the organisation's evidence pack for a period, or against a pack sent with the request. Nothing is stored.
         */
        post: operations["validateDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdditionalProperties: {
            /** @description Records created */
            created: number;
            /** @description Rows rejected for errors */
            rejected: number;
            /** @description Valid rows whose stored values already equal the file's */
            unchanged: number;
            /** @description Records whose values changed */
            updated: number;
        };
        AdditionalProperties2: {
            columns?: components["schemas"]["Columns2"];
            /**
             * @description headers that hold nothing Assured imports
             * @default []
             */
            ignore: string[];
            /** @description reviews only: yes/no columns that each make a participant of the review */
            participants?: components["schemas"]["Participants"][];
            /** @description the workbook sheet this applies to, when the provider's workbook has several */
            sheet?: string;
            /**
             * @description per Assured column: the provider's value → Assured's value
             * @default {}
             */
            values: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        /** @description One answer's counts: also its `count` (words, characters, characters without spaces) and, when the question has a limit, its `limit` */
        Answers: {
            /** @description The name of the file holding its text */
            file: string;
            /** @description The question the answer is for: "Question 4.2" */
            question: string;
        } & {
            [key: string]: unknown;
        };
        AnyOf: {
            /** @description Read and check the files, write nothing */
            dryRun?: boolean;
            /** @description The files to import together, in one transaction */
            files: components["schemas"]["Files2"][];
            /** @description How the files' own headers and values map to Assured's: a saved mapping's name, or a mapping as `assured mapping suggest --format json` writes it */
            mapping?: string | components["schemas"]["AnyOf2"];
            /** @description Import the valid rows and report the others, instead of rejecting the whole import */
            skipInvalid?: boolean;
        };
        AnyOf2: {
            /** @description what the mapping is for, e.g. the system the exports come from */
            description?: string;
            /** @description the name the mapping is saved under */
            name?: string;
            types: components["schemas"]["Types"];
        };
        AnyOf3: {
            /** @description the Assured column this header holds */
            field: string;
            /**
             * @description how the cell is read: text as it is; utc-timestamp, a UTC instant kept as its UK local date; status-date, "Closed 12/05/2026" gives the date and "Open" leaves it blank
             * @default text
             * @enum {string}
             */
            read: "text" | "utc-timestamp" | "status-date";
        };
        AnyOf4: {
            /** @description The files to preview together, as they would be imported together */
            files: components["schemas"]["Files2"][];
            /** @description How the files' own headers and values map to Assured's: a saved mapping's name, or a mapping as `assured mapping suggest --format json` writes it */
            mapping?: string | components["schemas"]["AnyOf2"];
        };
        AnyOf8: {
            /** @description Who saved it */
            author: string;
            count: components["schemas"]["Count2"];
            /** @description When it was saved (ISO 8601) */
            createdAt: string;
            /** @description The gate's findings for this text: blocking ones (unverified numbers, over the limit) first */
            findings: components["schemas"]["Findings"][];
            /**
             * @description drafted: written by the drafter; edited: saved by a person
             * @enum {string}
             */
            kind: "drafted" | "edited";
            /** @description The drafter's notes for the writer: how it read the question, what the records could not cover and why, what the limit left out */
            notes: string[];
            /** @description true when the answer is over its limit */
            overLimit: boolean;
            /** @description How the drafter planned the answer (topics asked, elements covered, missing with the reason, left out for the limit); null for an answer drafted before plans were kept */
            plan: components["schemas"]["AnyOf9"] | null;
            /** @description Figures the answer quotes whose records are older than 6 months (or maxAgeMonths), oldest first: re-import newer records or say how old they are */
            staleFigures: {
                /** @description The latest record date behind it (YYYY-MM-DD) */
                asOf: string;
                /** @description The figure id */
                id: string;
                /** @description The figure, in words */
                label: string;
            }[];
            /** @description The answer text, as Markdown, exactly as it would be pasted */
            text: string;
            /** @description The version number (1 is the first saved) */
            version: number;
        };
        AnyOf9: {
            /** @description Elements the answer covers, in its order */
            covered: {
                /** @description What the answer says about it (e.g. "referral-times") */
                element: string;
                /** @description Figures the element states */
                figureIds?: string[];
                /** @description The asked topic the element belongs to (e.g. "advocacy") */
                topic: string;
            }[];
            /** @description Required elements the records could not supply */
            missing: {
                /** @description What the answer says about it (e.g. "referral-times") */
                element: string;
                /** @description Why the records could not supply it */
                reason: string;
                /** @description The asked topic the element belongs to (e.g. "advocacy") */
                topic: string;
            }[];
            /** @description The separate things the question asks, in its order, and what answers each */
            parts?: components["schemas"]["Parts"][];
            /** @description Required elements the records hold but the limit left no room for */
            squeezed: {
                /** @description What the answer says about it (e.g. "referral-times") */
                element: string;
                /** @description The asked topic the element belongs to (e.g. "advocacy") */
                topic: string;
            }[];
            /** @description Topics the question asks about, in its order */
            topics: {
                /** @description Topic id */
                id: string;
                /**
                 * @description How plainly the question asks about it
                 * @enum {string}
                 */
                weight: "strong" | "weak";
            }[];
        };
        AnyOf10: {
            /** @description Who took the step */
            author: string;
            /** @description The reviewer's comment (always given when returned) */
            comment: string | null;
            /** @description When (ISO 8601) */
            createdAt: string;
            /**
             * @description submitted: sent for review; approved: signed off; returned: sent back with a comment
             * @enum {string}
             */
            decision: "submitted" | "approved" | "returned";
            /** @description The answer version the step was taken on */
            version: number;
        };
        ApplicationJson: {
            /** @description Send it as the X-CSRF-Token header with every request that changes something */
            csrfToken: string;
            /** @description When the session ends and the person must sign in again */
            expiresAt: string;
            user: components["schemas"]["User"];
        };
        ApplicationJson7: {
            /** @description What it is for */
            description?: string;
            /** @description The name it is saved under */
            name: string;
            /** @description The record types it maps */
            types: string[];
            /** @description When it was last saved (ISO 8601) */
            updatedAt: string;
        };
        ApplicationJson20: {
            /** @description When the section was stored (ISO 8601) */
            createdAt: string;
            /**
             * @description Which drafter wrote it: template or llm
             * @enum {string}
             */
            drafter: "template" | "llm";
            /** @description The section id; GET /v1/sections/{id} returns it */
            id: string;
            limit?: components["schemas"]["Limit2"];
            model?: components["schemas"]["Model"];
            /**
             * @description Things the writer must know (e.g. "no NI sampling records: the assurance line states a plan")
             * @default []
             */
            notes: string[];
            /** @description The organisation the section is for */
            organisation: {
                /** @description The name the organisation bids under */
                bidderName: string;
                /** @description The organisation's name */
                name: string;
                /** @description The organisation's short name in URLs and commands */
                slug: string;
            };
            pack: components["schemas"]["Pack2"];
            paragraph: components["schemas"]["Paragraph"];
            period: components["schemas"]["Period3"];
            /** @description The place anchor the figures are stated for */
            place: string;
            plan?: components["schemas"]["Plan"];
            /** @description The tender question answered */
            question: {
                /** @description The question's number in the tender, e.g. 4.2 */
                number?: string;
                /** @description The question's text */
                text: string;
            };
            /** @description Exactly what is pasted into the tender's answer box */
            responseText: string;
            review?: components["schemas"]["Review"];
            /**
             * @description For an existing draft: its vague sentences, each with a rewrite
             * @default []
             */
            rewrites: components["schemas"]["Rewrites"][];
            /** @description References of the services the section is about */
            services: string[];
            /**
             * @description Supporting lines after the paragraph: case examples and you-said-we-did
             * @default []
             */
            supporting: components["schemas"]["Supporting"][];
            /**
             * @description The tender and lot, as given
             * @default {}
             */
            tender: {
                /** @description The lot */
                lot?: string;
                /** @description The tender's name */
                name?: string;
            };
            validation: components["schemas"]["Validation"];
        };
        ApplicationJson24: {
            counts: components["schemas"]["Counts"];
            /** @description One plain-text file per answer, in the order the sections were given */
            files: {
                /** @description File name for the answer's text, from its question number: "question-4.2.txt" */
                name: string;
                /** @description Exactly what to paste into the answer box */
                text: string;
            }[];
        };
        ApplicationJson29: {
            counts: components["schemas"]["Counts2"];
            /** @description When it was created (ISO 8601) */
            createdAt: string;
            /** @description Who created it */
            createdBy: string;
            /** @description The submission deadline (YYYY-MM-DD), if given */
            deadline: string | null;
            /** @description The bid id; GET /v1/bids/{bidId} returns it with its questions */
            id: string;
            /** @description The lot, if any */
            lot: string | null;
            /** @description The buyer's pack, when the bid was created from one (null for typed questions) */
            pack: {
                /** @description The buyer's file name as uploaded */
                fileName: string;
                /**
                 * @description Word or Excel: the answers are written back into the same format
                 * @enum {string}
                 */
                format: "docx" | "xlsx";
            } | null;
            /** @description The period the answers’ evidence covers, e.g. 2026-Q2 */
            period: string;
            /** @description The questions in the buyer's order */
            questions: components["schemas"]["Questions3"][];
            /** @description References of the services the answers are about (empty: all) */
            services: string[];
            /**
             * @description not-started: no question answered; approved: every question approved; in-progress otherwise
             * @enum {string}
             */
            status: "not-started" | "in-progress" | "approved";
            /** @description The tender, as the buyer names it */
            tenderName: string;
        };
        ApplicationJson31: {
            /** @description How many answered questions were compared (each question’s latest version) */
            answers: number;
            /** @description Blocking findings first, in the order the check found them */
            findings: components["schemas"]["Findings2"][];
            /** @description true when nothing blocks: every blocking finding is fixed or allowed with a reason */
            ok: boolean;
            /** @description Blocking findings not yet allowed */
            open: number;
        };
        ApplicationProblemJson2: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 400;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `validation-error` (the request does not match the schema), `bad-request` (the request could not be read), `invalid-input` (the request cannot be processed as given)
             * @enum {string}
             */
            type: "https://assured.example/problems/validation-error" | "https://assured.example/problems/bad-request" | "https://assured.example/problems/invalid-input";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson3: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 401;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `unauthorized` (a valid api key is required)
             * @enum {string}
             */
            type: "https://assured.example/problems/unauthorized";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson4: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 403;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `forbidden` (not allowed for this caller)
             * @enum {string}
             */
            type: "https://assured.example/problems/forbidden";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson5: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 404;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `not-found` (not found)
             * @enum {string}
             */
            type: "https://assured.example/problems/not-found";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson6: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 409;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `conflict` (conflict with the current state)
             * @enum {string}
             */
            type: "https://assured.example/problems/conflict";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson7: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 413;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `payload-too-large` (the request is too large)
             * @enum {string}
             */
            type: "https://assured.example/problems/payload-too-large";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson8: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 415;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `unsupported-media-type` (unsupported content type)
             * @enum {string}
             */
            type: "https://assured.example/problems/unsupported-media-type";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson9: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 422;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `import-rejected` (the import was rejected), `export-blocked` (the export gate found unverified content), `bid-inconsistent` (the bid’s answers disagree with each other), `idempotency-key-reused` (the idempotency-key was used with a different request), `page-limit-exceeded` (an answer renders over its page limit), `calendar-out-of-range` (the period is outside the working-day calendar)
             * @enum {string}
             */
            type: "https://assured.example/problems/import-rejected" | "https://assured.example/problems/export-blocked" | "https://assured.example/problems/bid-inconsistent" | "https://assured.example/problems/idempotency-key-reused" | "https://assured.example/problems/page-limit-exceeded" | "https://assured.example/problems/calendar-out-of-range";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson10: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 429;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `rate-limited` (too many requests)
             * @enum {string}
             */
            type: "https://assured.example/problems/rate-limited";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson11: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 500;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `internal-error` (internal server error)
             * @enum {string}
             */
            type: "https://assured.example/problems/internal-error";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson12: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 502;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `model-unavailable` (the language model did not answer)
             * @enum {string}
             */
            type: "https://assured.example/problems/model-unavailable";
        } & {
            [key: string]: unknown;
        };
        ApplicationProblemJson13: {
            /** @description What went wrong with this request, and what to do about it */
            detail: string;
            /** @description Field paths of a validation error */
            errors?: components["schemas"]["Errors"][];
            /** @description The request path */
            instance?: string;
            /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
            requestId?: string;
            /**
             * @description The HTTP status code
             * @enum {number}
             */
            status: 503;
            /** @description A short summary of the kind of problem, the same for every occurrence */
            title: string;
            /**
             * @description A stable URI naming the kind of problem: `renderer-unavailable` (the document could not be rendered to count its pages), `service-unavailable` (the service is not available), `overloaded` (the server is too busy to take this request), `work-limit-exceeded` (the work exceeded its time or memory budget and was stopped)
             * @enum {string}
             */
            type: "https://assured.example/problems/renderer-unavailable" | "https://assured.example/problems/service-unavailable" | "https://assured.example/problems/overloaded" | "https://assured.example/problems/work-limit-exceeded";
        } & {
            [key: string]: unknown;
        };
        /** @description How it is checked (audit, sampling) or the plan to */
        Assurance: {
            /**
             * @description Figures and standards whose values appear in this line
             * @default []
             */
            figureIds: string[];
            /**
             * @description Standards whose values appear in this line
             * @default []
             */
            standardIds: string[];
            /** @description The line, as Markdown */
            text: string;
        };
        Batches: {
            /** @description The imported file's name */
            file: string;
            /** @description The import batch id */
            id: string;
            /** @description When the file was imported (ISO 8601) */
            importedAt: string;
            /** @description The latest date among the batch's records (YYYY-MM-DD) */
            latestRecordOn?: string;
            rows?: components["schemas"]["Rows"];
            /** @description SHA-256 of the file as imported */
            sha256: string;
        };
        Batches2: {
            /** @description The imported file's name */
            file: string;
            /** @description The import batch id */
            id: string;
            /** @description When the file was imported (ISO 8601) */
            importedAt: string;
            /** @description The latest date among the batch's records (YYYY-MM-DD) */
            latestRecordOn?: string;
            rows?: components["schemas"]["Rows2"];
            /** @description SHA-256 of the file as imported */
            sha256: string;
        };
        /** @description What is done */
        Behaviour: {
            /**
             * @description Figures and standards whose values appear in this line
             * @default []
             */
            figureIds: string[];
            /**
             * @description Standards whose values appear in this line
             * @default []
             */
            standardIds: string[];
            /** @description The line, as Markdown */
            text: string;
        };
        Claims: {
            /** @description A practice claim whose sentence also states the records' actual ("… (1 of 2 services in Q2 2026)"): reported, not failed */
            actualStated?: boolean;
            /**
             * @description Absent for an exact quantity
             * @enum {string}
             */
            bound?: "over" | "at-least" | "under" | "at-most" | "about" | "nearly";
            /** @description Column where the claim starts (1-based) */
            column: number;
            /** @description The practice library entry (in the pack's declaredPractices, with its source and import) a declared practice claim quotes, or whose dated count or text backs a number */
            declaredPracticeId?: string;
            /** @description For a fraction ("3 of 4"): the second number */
            denominator?: number;
            /** @description Column just past the end of the claim (1-based) */
            endColumn: number;
            /** @description Line where the claim ends (1-based) */
            endLine: number;
            /** @description Offset just past the claim's end in the Markdown (0-based, exclusive) */
            endOffset: number;
            /** @description The right values or phrasings (for a mismatch, the figure's value as the draft should state it) */
            expected?: string[];
            /** @description The figure that backs or contradicts the claim */
            figureId?: string;
            /**
             * @description How a number is written (percent, fraction, before-after, …); numbers only
             * @enum {string}
             */
            form?: "percent" | "percentage-points" | "proportion" | "count" | "money" | "score" | "ratio" | "fraction" | "duration" | "range" | "before-after" | "relative";
            /**
             * @description `number` (a quantity, checked against figures and standards) or `practice` (checked against the practice profile)
             * @default number
             * @enum {string}
             */
            kind: "number" | "practice";
            /** @description Line where the claim starts (1-based) */
            line: number;
            /** @description Upper end of a range ("3–5 days") */
            max?: number;
            /** @description What backs the claim, or what is wrong with it */
            message: string;
            /** @description For a fraction ("3 of 4"): the first number */
            numerator?: number;
            /** @description Offset of the claim's start in the Markdown (0-based) */
            offset: number;
            /** @description The practice-profile entry a practice claim was checked against */
            practiceId?: string;
            /** @description Earlier value of a before→after phrase */
            previous?: number | string;
            /** @description The standard the claim states */
            standardId?: string;
            /**
             * @description supported, standard, mismatch, unsupported or overstated for numbers; practised, partly, not-recorded, contradicted, declared or stale-declared for practices
             * @enum {string}
             */
            status: "supported" | "standard" | "mismatch" | "unsupported" | "overstated" | "practised" | "partly" | "not-recorded" | "contradicted" | "declared" | "stale-declared";
            /** @description The claim as written in the draft */
            text: string;
            /**
             * @description The unit of value; numbers only
             * @enum {string}
             */
            unit?: "percent" | "count" | "score" | "ratio" | "days" | "working days" | "hours" | "minutes" | "weeks" | "months";
            /** @description The value the claim states; numbers only */
            value?: number | string;
        };
        Claims2: {
            /** @description Column in responseText (1-based) */
            column: number;
            /** @description The practice library entry (in the pack's declaredPractices) a declared practice quotes, or whose dated count backs a number */
            declaredPracticeId?: string;
            /** @description Column just past the claim's end in responseText (1-based) */
            endColumn?: number;
            /** @description Line where the claim ends in responseText (1-based) */
            endLine?: number;
            /** @description Offset just past the claim's end in responseText (0-based, exclusive) */
            endOffset?: number;
            /** @description The figure that backs or contradicts it */
            figureId?: string;
            /** @description Line in responseText (1-based) */
            line: number;
            /** @description What backs it, or what is wrong with it */
            message: string;
            /** @description Offset of the claim's start in responseText (0-based) */
            offset?: number;
            /** @description For a practice statement: the practice-profile entry it was checked against */
            practiceId?: string;
            /** @description The standard it states */
            standardId?: string;
            /**
             * @description Any status the claim validator gives (see claims-schema): the Section lists what it says
             * @enum {string}
             */
            status: "supported" | "standard" | "mismatch" | "unsupported" | "overstated" | "practised" | "partly" | "not-recorded" | "contradicted" | "declared" | "stale-declared";
            /** @description The number as written in the response */
            text: string;
        } & {
            [key: string]: unknown;
        };
        /** @description How the provider's headers were matched to Assured's columns, when they were not Assured's own */
        ColumnMapping: {
            /** @description Headers matched: by Assured's own name, a listed synonym, likeness, or the mapping given */
            columns: components["schemas"]["Columns"][];
            /** @description Required columns no header was matched to, with the headers that might hold them */
            missingRequired: components["schemas"]["MissingRequired"][];
            /**
             * @description The kind of records the file was read as
             * @enum {string}
             */
            recordType: "organisation" | "services" | "people" | "reviews" | "participants" | "actions" | "advocate-referrals" | "disagreements" | "feedback" | "changes" | "enablement" | "governance-samples" | "practices";
            /** @description Headers that may be a column, with the candidates, best first: confirm with a mapping */
            uncertain: components["schemas"]["Uncertain"][];
        };
        Columns: {
            /** @description The Assured column it was matched to */
            field: string;
            /** @description The provider's header */
            header: string;
            /** @description How alike the two names are, 0 to 1 */
            similarity: number;
            /**
             * @description How it was matched: Assured's own name, a synonym, likeness, or the mapping given
             * @enum {string}
             */
            via: "name" | "synonym" | "similar" | "mapping";
        };
        /**
         * @description the provider's header → the Assured column it holds
         * @default {}
         */
        Columns2: {
            [key: string]: string | components["schemas"]["AnyOf3"];
        };
        /** @description Words and characters of the response */
        Count: {
            /** @description Characters, spaces included */
            characters: number;
            /** @description Characters, spaces excluded */
            charactersNoSpaces: number;
            /** @description Words */
            words: number;
        };
        /** @description Words and characters of the answer */
        Count2: {
            /** @description Characters, spaces included */
            characters: number;
            /** @description Characters, spaces excluded */
            charactersNoSpaces: number;
            /** @description Words */
            words: number;
        };
        /** @description How the response was counted (line breaks, list markers) */
        CountOptions: {
            /**
             * @description How a line break is counted: as a space, a newline, or CR LF
             * @enum {string}
             */
            lineBreaks?: "space" | "newline" | "crlf";
            /**
             * @description Whether list markers ("- ", "1. ") are skipped or counted
             * @enum {string}
             */
            listMarkers?: "skip" | "count";
        };
        /** @description How each answer counts by the portal rule against its limit less the margin */
        Counts: {
            /** @description The counts of each answer, in the order given */
            answers: components["schemas"]["Answers"][];
            /** @description The share of each limit kept free (percent) */
            marginPercent: number;
            /** @description Every answer with a limit fits inside it less the margin */
            ok: boolean;
            rule: components["schemas"]["Rule"];
        };
        /** @description How many questions stand at each status */
        Counts2: {
            /** @description Questions approved */
            approved: number;
            /** @description Questions drafted */
            drafted: number;
            /** @description Questions in-review */
            "in-review": number;
            /** @description Questions not-started */
            "not-started": number;
            /** @description Questions returned */
            returned: number;
        };
        DeclaredPractices: {
            /** @description Cadence code (`monthly`, `at-induction`, `when-triggered` …) */
            cadence: string;
            /** @description The cadence in words ("every month", "at induction") */
            cadenceText: string;
            /** @description Role code of who last checked it */
            checkedBy: string;
            /** @description The practice library row's reference */
            id: string;
            /** @description ISO date the practice was last checked as in place */
            lastCheckedOn: string;
            measure?: components["schemas"]["Measure"];
            /** @description Who owns the practice, in words ("the Registered Manager") */
            owner: string;
            /** @description Role code of who owns the practice */
            ownerRole: string;
            /** @description The place the practice holds for: one service, or the organisation when blank */
            place?: string;
            provenance: components["schemas"]["Provenance3"];
            /** @description The service's reference when the practice holds for one service */
            serviceRef?: string;
            /** @description ISO date the practice has been in place since */
            since: string;
            /** @description The document or system where the practice is recorded */
            source: string;
            /** @description True when the last check is older than the freshness limit before the period ends */
            stale: boolean;
            /** @description The practice, in the present tense, in the organisation's own words */
            text: string;
            /** @description The topic the practice answers (a practice library topic id, such as `training` or `carers`) */
            topic: string;
            /** @description True when the practice holds for the whole organisation (no service given) */
            wholeOrganisation?: boolean;
        } & {
            [key: string]: unknown;
        };
        Errors: {
            /** @description Which part of the request: body, querystring, params or headers */
            location: string;
            /** @description What is wrong with the field and what was expected */
            message: string;
            /** @description Dotted path inside it ("files.0.name"); empty for the part as a whole */
            path: string;
            /** @description JSON Pointer into the request part, e.g. "/files/0/name" */
            pointer: string;
        };
        Errors2: {
            /** @description The column, as headed in the file */
            column?: string;
            /** @description What was expected instead */
            expected: string;
            /** @description The file the error is in */
            file: string;
            /** @description One readable line: "reviews.csv row 14, column summary_sent_on: 31/02/2026 is not a real date (expected …)" */
            message: string;
            /** @description What is wrong with it */
            problem: string;
            /** @description Row number as seen in the file (CSV/XLSX header is row 1); absent for whole-file errors */
            row?: number;
            /** @description The provider's own header for `column`, when the file names it differently ("Date of review" for held_on) */
            sourceColumn?: string;
            /** @description The value found */
            value?: string;
        };
        /** @description The dated, sourced figures that show it */
        Evidence: {
            /**
             * @description Figures and standards whose values appear in this line
             * @default []
             */
            figureIds: string[];
            /**
             * @description Standards whose values appear in this line
             * @default []
             */
            standardIds: string[];
            /** @description The line, as Markdown */
            text: string;
        };
        Figures: {
            /** @description The latest record date behind the figure within its period (YYYY-MM-DD) */
            asOf?: string;
            /**
             * @description Which way is better
             * @enum {string}
             */
            better?: "higher" | "lower";
            /** @description For one service's figure stated beside the whole's in an answer: the id of the whole's figure (its `place` names the service) */
            breakdownOf?: string;
            /** @description The figure catalogue entry this figure instantiates (enablement groups share one) */
            catalogueId?: string;
            /** @description For a share: the cases counted */
            denominator?: number;
            /** @description A detail figure (a breakdown that answers a question's specifics), not a headline figure */
            detail?: boolean;
            /** @description For a grouped detail figure: the recorded value it counts (a trigger, a level, a format) */
            group?: string;
            /** @description Stable id of the figure, cited by drafts and exports */
            id: string;
            /** @description What the figure measures, in words */
            label: string;
            /** @description For a share: the cases that met the condition */
            numerator?: number;
            outcome?: components["schemas"]["Outcome"];
            /** @description The period the value covers */
            period: string;
            /** @description The place the value is stated for */
            place?: string;
            /** @description The value for the previous period, when there is one */
            previous?: number | string | null;
            provenance?: components["schemas"]["Provenance"];
            /** @description Range of a score figure */
            scale?: {
                /** @description Highest possible score */
                max: number;
                /** @description Lowest possible score */
                min: number;
            };
            /** @description true when the denominator is too small to generalise from */
            smallSample?: boolean;
            /** @description Where the figure comes from, as one readable line */
            source: string;
            /** @description The service standard the figure measures against */
            standardId?: string;
            /** @description How the figure is named inside a sentence: lower case, no digits of its own */
            subject?: string;
            /** @description Question topics the figure evidences */
            topics?: string[];
            /** @description Why the value is null */
            unavailableReason?: string;
            /**
             * @description The unit of value
             * @enum {string}
             */
            unit: "percent" | "count" | "score" | "ratio" | "days" | "working days" | "hours" | "minutes" | "weeks" | "months";
            /** @description null when the figure is unavailable (e.g. zero denominator); `unavailableReason` says why */
            value: number | string | null;
        } & {
            [key: string]: unknown;
        };
        Files: {
            /** @description The import batch the file's rows now cite */
            batchId?: string;
            columnMapping?: components["schemas"]["ColumnMapping"];
            /** @description Records created */
            created: number;
            /** @description Row-level and whole-file errors */
            errors: components["schemas"]["Errors2"][];
            /** @description The file's name */
            file: string;
            /** @description Set when the same file was imported before */
            previousImport?: {
                /** @description The earlier import batch */
                batchId: string;
                /** @description When it was imported (ISO 8601) */
                importedAt: string;
            };
            /**
             * @description The kind of records the file holds, decided by its name
             * @enum {string}
             */
            recordType?: "organisation" | "services" | "people" | "reviews" | "participants" | "actions" | "advocate-referrals" | "disagreements" | "feedback" | "changes" | "enablement" | "governance-samples" | "practices";
            /** @description Rows rejected for errors */
            rejected: number;
            /** @description Rejected rows (header first), each with an `errors` column, for `<file>.rejected.csv` */
            rejectedRows?: string[][];
            /** @description Data rows in the file */
            rows: number;
            /** @description SHA-256 of the file's content */
            sha256: string;
            /** @description The uploaded file this table came from, when it is one sheet of a workbook or made from another file's columns */
            sourceFile?: string;
            /**
             * @description imported, unchanged (imported before), rejected, validated (dry run) or partly-imported (some rows skipped)
             * @enum {string}
             */
            status: "imported" | "unchanged" | "rejected" | "validated" | "partly-imported";
            /** @description Valid rows whose stored values already equal the file's */
            unchanged: number;
            /** @description Records whose values changed */
            updated: number;
            /** @description Things imported but worth a look */
            warnings: string[];
        };
        Files2: {
            /** @description The file: text for CSV and JSON, base64 for XLSX */
            content: string;
            /**
             * @description How content is written: utf8 text, or base64 (needed for XLSX)
             * @default utf8
             * @enum {string}
             */
            encoding: "utf8" | "base64";
            /** @description File name; it decides the record type (reviews.csv, people.xlsx, enablement.json …) */
            name: string;
        };
        Findings: {
            /** @description The words of the response that triggered it */
            actual?: string;
            /** @description true when it stops an export unless the writer gives a reason */
            blocking: boolean;
            /** @description The checker's category (`length` for the limit); absent for claims */
            category?: string;
            /** @description Column in the response text (1-based) */
            column: number;
            /** @description For a claim: the figure involved */
            figureId?: string;
            /** @description Line in the response text (1-based) */
            line: number;
            /** @description What is wrong and what to do */
            message: string;
            /** @description The rule that found it */
            ruleId: string;
            /**
             * @description error, warning or info
             * @enum {string}
             */
            severity: "error" | "warning" | "info";
            /**
             * @description claims: the number validator; check: the draft checker; limit: the answer box limit
             * @enum {string}
             */
            source: "claims" | "check" | "limit";
            /** @description For a claim: the standard involved */
            standardId?: string;
            /**
             * @description For a claim: its validation status
             * @enum {string}
             */
            status?: "mismatch" | "unsupported" | "overstated" | "partly" | "contradicted" | "stale-declared";
        };
        Findings2: {
            /** @description The reason it was let through, if a person allowed it */
            allowed: {
                /** @description Who allowed it */
                author: string;
                /** @description When (ISO 8601) */
                createdAt: string;
                /** @description Why the finding may go through as it is */
                reason: string;
            } | null;
            /** @description true when it stops the submission and the write-back until it is fixed or allowed; a figure quoted for two periods is only pointed out */
            blocking: boolean;
            /** @description The finding’s id, a digest of what it found and where: allowing it holds only while the answers say the same */
            id: string;
            /** @description The figure id, the practice facet id, or the example’s first words */
            key: string;
            /**
             * @description figure: one figure quoted two ways; practice: answers stating who, how often or how quickly differently; case-example or you-said-we-did: the same one used in two answers
             * @enum {string}
             */
            kind: "figure" | "practice" | "case-example" | "you-said-we-did";
            /** @description What disagrees, where, and what was expected */
            message: string;
            /** @description Each place in the answers the finding touches */
            quotes: components["schemas"]["Quotes"][];
        };
        Imports: {
            /** @description When the import was asked for (ISO 8601) */
            createdAt: string;
            /** @description Errors found across the files (0 while running) */
            errorCount: number;
            /** @description Files sent */
            fileCount: number;
            /** @description The import run id; GET /v1/imports/{id} reports it */
            id: string;
            problem?: components["schemas"]["Problem"];
            progress: components["schemas"]["Progress"];
            report?: components["schemas"]["Report"];
            /**
             * @description running: an import job still at work; imported: every row written; partly-imported: invalid rows skipped; rejected: nothing written (see report); validated: a dry run; failed: stopped by a fault, nothing written (see problem)
             * @enum {string}
             */
            status: "running" | "imported" | "partly-imported" | "rejected" | "validated" | "failed";
            /** @description When the import last reported progress or ended (ISO 8601) */
            updatedAt: string;
        };
        /** @description The answer box limit, if one was given */
        Limit2: {
            /**
             * @description What the limit counts: words, characters, or characters without spaces
             * @enum {string}
             */
            kind: "words" | "characters" | "characters-no-spaces";
            /** @description The most the answer box takes */
            value: number;
        };
        /** @description The limit the count was held against, after any override of how it is counted */
        Limit3: {
            /**
             * @description What the limit counts: words, characters, or characters without spaces
             * @enum {string}
             */
            kind: "words" | "characters" | "characters-no-spaces";
            /** @description The most the answer box takes */
            value: number;
        };
        /** @description The question's limit, as the buyer set it */
        Limit4: {
            /**
             * @description What the limit counts: words, characters with or without spaces, or sides of A4
             * @enum {string}
             */
            kind: "words" | "characters" | "characters-no-spaces" | "pages";
            /** @description The most the answer may have */
            value: number;
        };
        /** @description An optional count the library row gives with its own date */
        Measure: {
            /** @description ISO date the count was taken */
            asOf: string;
            /** @description How many show it */
            count: number;
            /** @description What is counted ("staff with capacity training in date") */
            label: string;
            /** @description Out of how many */
            of: number;
            /** @description count / of as a percentage, one decimal place */
            share: number;
        };
        MissingRequired: {
            /** @description Headers that might hold it, best first */
            candidates: {
                /** @description A header of the file */
                header: string;
                /** @description How alike the two names are, 0 to 1 */
                similarity: number;
            }[];
            /** @description The required Assured column */
            field: string;
        };
        /** @description How the language model was used, when the llm drafter was asked for */
        Model: {
            /** @description Calls made to the model */
            attempts: number;
            /** @description true when the template's draft was used instead */
            fellBack: boolean;
            /** @description Why the model's draft was not kept */
            reason?: string;
            usage?: components["schemas"]["Usage"];
            /** @description true when the model's draft was kept */
            used: boolean;
        };
        OneOf3: {
            /**
             * @description A body paragraph of a Word pack
             * @enum {string}
             */
            kind: "paragraph";
            /** @description The place in words, as messages name it ("sheet 'Quality' cell B4", "paragraph 7", "table 1, row 3, column 2") */
            label: string;
            /** @description Counted from 1 over the paragraphs outside tables */
            paragraph: number;
        };
        OneOf4: {
            /** @description The cell in its row, counted from 1 */
            column: number;
            /**
             * @description A cell of a Word table
             * @enum {string}
             */
            kind: "table-cell";
            /** @description The place in words, as messages name it ("sheet 'Quality' cell B4", "paragraph 7", "table 1, row 3, column 2") */
            label: string;
            /** @description The row, counted from 1 */
            row: number;
            /** @description The table, counted from 1 */
            table: number;
        };
        OneOf5: {
            /** @description The cell address, e.g. E4 */
            cell: string;
            /**
             * @description A worksheet cell
             * @enum {string}
             */
            kind: "cell";
            /** @description The place in words, as messages name it ("sheet 'Quality' cell B4", "paragraph 7", "table 1, row 3, column 2") */
            label: string;
            /** @description The worksheet's name */
            sheet: string;
        };
        /** @description For an enablement outcome group: the outcome itself */
        Outcome: {
            /** @description The measure when verified */
            after: string;
            /** @description The measure at the start of the work */
            before: string;
            /** @description The area of life the outcome is in */
            domain: string;
            /** @description What was measured */
            measure: string;
            /** @description How many people this outcome was verified for */
            people: number;
        };
        /** @description Who does it, and how often */
        OwnersCadence: {
            /**
             * @description Figures and standards whose values appear in this line
             * @default []
             */
            figureIds: string[];
            /**
             * @description Standards whose values appear in this line
             * @default []
             */
            standardIds: string[];
            /** @description The line, as Markdown */
            text: string;
        };
        /** @description The evidence pack the section was drafted from (figures and standards) */
        Pack2: {
            /** @description The organisation's practice library entries in place for the period and place */
            declaredPractices?: components["schemas"]["DeclaredPractices"][];
            /** @description Every figure of the pack */
            figures: components["schemas"]["Figures"][];
            /** @description The practice profile; packs written before it existed have none, and their practice statements go unchecked */
            practices?: components["schemas"]["Practices"][];
            /**
             * @description The organisation's service standards the figures are held to
             * @default []
             */
            standards: components["schemas"]["Standards"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The four lines of the answer: behaviour, owners and cadence, evidence, assurance */
        Paragraph: {
            assurance: components["schemas"]["Assurance"];
            behaviour: components["schemas"]["Behaviour"];
            evidence: components["schemas"]["Evidence"];
            ownersCadence: components["schemas"]["OwnersCadence"];
        };
        Participants: {
            /** @description for advocates: the column naming the kind of advocate */
            advocateTypeColumn?: string;
            /** @description the yes/no column, e.g. "Family present (Y/N)" */
            column: string;
            /**
             * @description how a yes in the column says they took part
             * @enum {string}
             */
            mode: "in-person" | "remote" | "async";
            /**
             * @description who a yes in the column says took part
             * @enum {string}
             */
            role: "person" | "family" | "friend" | "advocate" | "key-worker" | "rm" | "ni" | "professional" | "other";
        };
        Parts: {
            /**
             * @description What answers it: the records and figures, the practice library, a proposed commitment where the records show nothing yet (the writer confirms it), or nothing yet (the writer is told)
             * @enum {string}
             */
            answeredBy: "records" | "library" | "commitment" | "none";
            /** @description One thing the question asks, in its own words */
            text: string;
        };
        /** @description The period the figures cover */
        Period: {
            /** @description Last day (YYYY-MM-DD) */
            end: string;
            /** @description For readers: 'Q2 2026', 'May 2026', 'April 2025–March 2026', '1 April–30 June 2026' */
            human: string;
            /**
             * @description quarter, month, financial year or range
             * @enum {string}
             */
            kind: "quarter" | "month" | "financial-year" | "range";
            /** @description Canonical label: '2026-Q2', '2026-05', 'FY2025-26', '2026-04-01..2026-06-30' */
            label: string;
            /** @description First day (YYYY-MM-DD) */
            start: string;
        };
        /** @description The period the evidence covers */
        Period3: {
            /** @description Last day (YYYY-MM-DD) */
            end: string;
            /** @description The period in words, e.g. April to June 2026 */
            human: string;
            /** @description The period as given, e.g. 2026-Q2 */
            label: string;
            /** @description First day (YYYY-MM-DD) */
            start: string;
        };
        /** @description How the answer was planned: the topics the question asks about and which of their elements the answer covers, and why any is missing */
        Plan: {
            /** @description Elements the answer covers, in its order */
            covered: {
                /** @description What the answer says about it (e.g. "referral-times") */
                element: string;
                /** @description Figures the element states */
                figureIds?: string[];
                /** @description The asked topic the element belongs to (e.g. "advocacy") */
                topic: string;
            }[];
            /** @description Required elements the records could not supply */
            missing: {
                /** @description What the answer says about it (e.g. "referral-times") */
                element: string;
                /** @description Why the records could not supply it */
                reason: string;
                /** @description The asked topic the element belongs to (e.g. "advocacy") */
                topic: string;
            }[];
            /** @description The separate things the question asks, in its order, and what answers each */
            parts?: components["schemas"]["Parts"][];
            /** @description Required elements the records hold but the limit left no room for */
            squeezed: {
                /** @description What the answer says about it (e.g. "referral-times") */
                element: string;
                /** @description The asked topic the element belongs to (e.g. "advocacy") */
                topic: string;
            }[];
            /** @description Topics the question asks about, in its order */
            topics: {
                /** @description Topic id */
                id: string;
                /**
                 * @description How plainly the question asks about it
                 * @enum {string}
                 */
                weight: "strong" | "weak";
            }[];
        };
        Practices: {
            /**
             * @description `share`: held to the threshold; `occurrence`: one recorded case shows it (an offer or a log)
             * @enum {string}
             */
            basis?: "share" | "occurrence";
            /** @description Cases where it could be shown */
            denominator: number;
            /** @description Stable id of the practice */
            id: string;
            /** @description The practice, in words */
            label: string;
            /** @description What the denominator counts, plural: "complex reviews" */
            noun?: string;
            /** @description Cases that show the practice */
            numerator: number;
            /** @description The period the counts cover */
            period: string;
            /** @description The place the counts are stated for */
            place?: string;
            provenance: components["schemas"]["Provenance2"];
            /** @description numerator / denominator as a percentage; null with a zero denominator */
            share: number | null;
            /** @description What the counted cases did, completing "3 of 4 complex reviews …": "were chaired by the Registered Manager" */
            shown?: string;
            /** @description The share, in percent, at or above which the practice counts as done */
            threshold: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Why a failed import stopped; nothing of it was written */
        Problem: {
            /** @description What went wrong and what to do about it */
            detail: string;
            /** @description The HTTP status the fault would have answered had the import been synchronous */
            status: number;
            /** @description A short summary of the kind of fault */
            title: string;
        };
        /** @description How far the import has got; a finished import shows its totals */
        Progress: {
            /**
             * @description queued: waiting to start; read: reading the files; check: checking every row; write: writing (all in one transaction); done: finished
             * @enum {string}
             */
            phase: "queued" | "read" | "check" | "write" | "done";
            /** @description Rows checked so far */
            rowsChecked: number;
            /** @description Data rows read from the files so far */
            rowsRead: number;
            /** @description Rows the current phase has to do, once known */
            rowsTotal?: number;
            /** @description Rows written so far (visible to others only when the import ends) */
            rowsWritten: number;
        };
        /** @description Where the figure comes from, as data */
        Provenance: {
            /** @description The imported files the counted records came from */
            batches: components["schemas"]["Batches"][];
            /** @description What one counted case is called, plural: "reviews", "actions due" */
            noun?: string;
            /** @description The records counted: "review records" */
            records: string;
            /** @description What was left out or narrowed: "planned meetings, debriefs excluded" */
            recordsDetail?: string;
            /** @description How many records the figure counted */
            rows: number;
        };
        /** @description Where the counts come from */
        Provenance2: {
            /** @description The imported files the counted records came from */
            batches: components["schemas"]["Batches"][];
            /** @description What one counted case is called, plural: "reviews", "actions due" */
            noun?: string;
            /** @description The records counted: "review records" */
            records: string;
            /** @description What was left out or narrowed: "planned meetings, debriefs excluded" */
            recordsDetail?: string;
            /** @description How many records the figure counted */
            rows: number;
        };
        /** @description The practice library import the row came from */
        Provenance3: {
            /** @description The imported files the counted records came from */
            batches: components["schemas"]["Batches"][];
            /** @description What one counted case is called, plural: "reviews", "actions due" */
            noun?: string;
            /** @description The records counted: "review records" */
            records: string;
            /** @description What was left out or narrowed: "planned meetings, debriefs excluded" */
            recordsDetail?: string;
            /** @description How many records the figure counted */
            rows: number;
        };
        Questions3: {
            /** @description The latest saved answer; null before the first */
            answer: components["schemas"]["AnyOf8"] | null;
            /** @description The question id within the bid */
            id: string;
            /** @description The latest review step (submitted, approved or returned with its comment) */
            lastDecision: components["schemas"]["AnyOf10"] | null;
            /** @description The answer limit, if the buyer set one */
            limit: components["schemas"]["Limit4"] | null;
            /** @description The question number in the tender */
            number: string;
            /**
             * @description not-started: no answer yet; drafted: answered, not yet sent for review; in-review: waiting for a reviewer; returned: sent back with a comment; approved: signed off
             * @enum {string}
             */
            status: "not-started" | "drafted" | "in-review" | "returned" | "approved";
            /** @description The question as the buyer wrote it */
            text: string;
        };
        Quotes: {
            /** @description The question whose answer says it */
            questionId: string;
            /** @description That question’s number in the tender */
            questionNumber: string;
            /** @description What the answer says: its words, or the figure as quoted there ("96%, 2026-Q2, Northgate") */
            text: string;
        };
        /** @description The report the import answered, file by file: the same as a synchronous import; absent while running or after a fault */
        Report: {
            /** @description true when the files were only checked */
            dryRun: boolean;
            /** @description Errors across all files */
            errorCount: number;
            /** @description One report per file */
            files: components["schemas"]["Files"][];
            /** @description The organisation the records were imported into */
            organisation?: string;
            /** @description True when nothing was written because of errors (and --skip-invalid was not given) */
            rejected: boolean;
            /** @description true when invalid rows were skipped rather than rejecting the import */
            skipInvalid: boolean;
            totals: components["schemas"]["Totals"];
        };
        /** @description The gate's review of `responseText` against `pack`; export reuses it while both are unchanged */
        Review: {
            /** @description Every number in the response, validated against the evidence pack */
            claims: components["schemas"]["Claims"][];
            count: components["schemas"]["Count"];
            countOptions?: components["schemas"]["CountOptions"];
            /** @description Blocking findings first, then by position */
            findings: components["schemas"]["Findings"][];
            /** @description SHA-256 of what was judged (response text, evidence pack, gate version): a changed text is judged again */
            hash: string;
            limit?: components["schemas"]["Limit3"];
            /** @description true when the count is over the limit */
            overLimit: boolean;
            structure: components["schemas"]["Structure2"];
        };
        Rewrites: {
            /** @description The same sentence with who, how often, how and what changed */
            after: string;
            /** @description The vague sentence as written */
            before: string;
            /** @description The checker category of that rule */
            category: string;
            /** @description Column of the sentence in the existing draft (1-based) */
            column: number;
            /**
             * @description Figures whose values appear in the rewrite
             * @default []
             */
            figureIds: string[];
            /** @description Line of the sentence in the existing draft (1-based) */
            line: number;
            /** @description The checker rule that flagged the sentence */
            ruleId: string;
            /**
             * @description Standards whose values appear in the rewrite
             * @default []
             */
            standardIds: string[];
        };
        /** @description The rows of the file the batch's records came from (1-based, as the import reported them) */
        Rows: {
            /** @description The lowest row number among them */
            first: number;
            /** @description The highest row number among them */
            last: number;
        };
        /** @description The rows of the file the batch's records came from (1-based, as the import reported them) */
        Rows2: {
            /** @description The lowest row number among them */
            first: number;
            /** @description The highest row number among them */
            last: number;
        };
        /** @description The portal rule every answer was counted by */
        Rule: {
            /** @description What a line break added to "characters with spaces": `newline` (one) or `crlf` (two) */
            lineBreaks: string;
            /** @description Whether typed list markers were counted as words (`count`) or left out (`skip`) */
            listMarkers: string;
        };
        Standards: {
            /** @description Stable id of the standard */
            id: string;
            /** @description The standard, in words */
            label: string;
            /** @description Upper end of a range standard ("3–5 days") */
            max?: number;
            /**
             * @description The unit of value
             * @enum {string}
             */
            unit: "percent" | "count" | "score" | "ratio" | "days" | "working days" | "hours" | "minutes" | "weeks" | "months";
            /** @description The standard's value (the lower end of a range) */
            value: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Which of the four paragraph lines the response has */
        Structure2: {
            /** @description The draft says how it is assured (audit, sampling) */
            assurance: boolean;
            /** @description The draft says what is done (the behaviour line) */
            behaviour: boolean;
            /** @description The draft gives dated, sourced evidence */
            evidence: boolean;
            /** @description The draft says who does it and how often */
            ownersCadence: boolean;
        };
        Supporting: {
            /**
             * @description Figures and standards whose values appear in this line
             * @default []
             */
            figureIds: string[];
            /**
             * @description topic: what the question asks about beyond the core paragraph; case-example: one person's verified outcome; you-said-we-did: feedback and the change it led to
             * @enum {string}
             */
            kind: "topic" | "case-example" | "you-said-we-did";
            /**
             * @description Standards whose values appear in this line
             * @default []
             */
            standardIds: string[];
            /** @description The line, as Markdown */
            text: string;
        };
        /** @description Counts by record type */
        Totals: {
            [key: string]: components["schemas"]["AdditionalProperties"];
        };
        /** @description per record type: how its columns, values and shapes are read */
        Types: {
            [key: string]: components["schemas"]["AdditionalProperties2"];
        };
        Uncertain: {
            /** @description Assured columns it may be, best first */
            candidates: {
                /** @description An Assured column */
                field: string;
                /** @description How alike the two names are, 0 to 1 */
                similarity: number;
            }[];
            /** @description The provider's header */
            header: string;
        };
        /** @description Tokens used */
        Usage: {
            /** @description Tokens the model answered */
            completionTokens: number;
            /** @description Tokens sent to the model */
            promptTokens: number;
        };
        /** @description The signed-in person */
        User: {
            /** @description When the account was made (ISO 8601) */
            createdAt: string;
            /** @description The address they sign in with (lower case) */
            email: string;
            /** @description The person's id */
            id: string;
            /** @description How colleagues see them */
            name: string;
            /** @description Organisation slug */
            organisation: string;
            /** @description The organisation's name */
            organisationName: string;
            /**
             * @description admin, writer or reviewer
             * @enum {string}
             */
            role: "admin" | "writer" | "reviewer";
        };
        /** @description Every number in responseText, validated against pack */
        Validation: {
            /** @description Each number with what backs it or what is wrong */
            claims: components["schemas"]["Claims2"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The process answers
                         * @enum {string}
                         */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Which database serves the API: embedded PGlite or a PostgreSQL server
                         * @enum {string}
                         */
                        database: "pglite" | "postgresql";
                        /**
                         * @description The database answers and every migration is applied
                         * @enum {string}
                         */
                        status: "ready";
                    };
                };
            };
            /** @description The service is not available */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description What went wrong with this request, and what to do about it */
                        detail: string;
                        /** @description Field paths of a validation error */
                        errors?: components["schemas"]["Errors"][];
                        /** @description The request path */
                        instance?: string;
                        /** @description The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
                        requestId?: string;
                        /**
                         * @description The HTTP status code
                         * @enum {number}
                         */
                        status: 503;
                        /** @description A short summary of the kind of problem, the same for every occurrence */
                        title: string;
                        /**
                         * @description A stable URI naming the kind of problem: `service-unavailable` (the service is not available)
                         * @enum {string}
                         */
                        type: "https://assured.example/problems/service-unavailable";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    listBids: {
        parameters: {
            query?: {
                /** @description Where the page starts: the `nextCursor` of the previous page (or follow its `next` link) */
                cursor?: string;
                /** @description At most this many items per page (default 20, at most 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bids */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Bids, newest first */
                        bids: {
                            counts: components["schemas"]["Counts2"];
                            /** @description When it was created (ISO 8601) */
                            createdAt: string;
                            /** @description Who created it */
                            createdBy: string;
                            /** @description The submission deadline (YYYY-MM-DD), if given */
                            deadline: string | null;
                            /** @description The bid id; GET /v1/bids/{bidId} returns it with its questions */
                            id: string;
                            /** @description The lot, if any */
                            lot: string | null;
                            /** @description The period the answers’ evidence covers, e.g. 2026-Q2 */
                            period: string;
                            /** @description Questions in the bid */
                            questionCount: number;
                            /**
                             * @description not-started: no question answered; approved: every question approved; in-progress otherwise
                             * @enum {string}
                             */
                            status: "not-started" | "in-progress" | "approved";
                            /** @description The tender, as the buyer names it */
                            tenderName: string;
                        }[];
                        /** @description Path and query of the next page (also sent as a Link header); absent on the last page */
                        next?: string;
                        /** @description Cursor of the next page, to pass as `cursor`; absent on the last page */
                        nextCursor?: string;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    createBid: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is a good choice): a retry with the same key and request answers the first response again, for 24 hours; the same key with another request is refused (422). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description The submission deadline (YYYY-MM-DD)
                     */
                    deadline?: string;
                    /** @description The lot, e.g. 2 or "Lot 2: North" */
                    lot?: string;
                    /** @description The buyer's tender pack (.docx or .xlsx), read as POST /v1/tender-packs reads it */
                    pack?: {
                        /** @description The file, base64 */
                        content: string;
                        /** @description The file name; its extension (.docx or .xlsx) says how to read it */
                        name: string;
                        /**
                         * @description Which of its questions the bid answers: all (the default), involvement (those about involvement) or the buyer’s numbers, e.g. ["2", "4.1"]
                         * @default all
                         */
                        questions?: ("all" | "involvement") | string[];
                    };
                    /** @description A quarter (2026-Q2), a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30) */
                    period: string;
                    /** @description The questions typed in, in the buyer’s order (or send `pack`) */
                    questions?: {
                        /** @description The question's limit, as the buyer set it */
                        limit?: {
                            /**
                             * @description What the limit counts: words, characters with or without spaces, or sides of A4
                             * @enum {string}
                             */
                            kind: "words" | "characters" | "characters-no-spaces" | "pages";
                            /** @description The most the answer may have */
                            value: number;
                        };
                        /** @description The question number in the tender, e.g. 4.2 (by default its place in the list) */
                        number?: string;
                        /** @description The question as the buyer wrote it */
                        text: string;
                    }[];
                    /** @description The services the answers are about (default all) */
                    services?: string[];
                    /** @description The tender, as the buyer names it */
                    tenderName: string;
                };
            };
        };
        responses: {
            /** @description The new bid */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson29"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getBid: {
        parameters: {
            query?: {
                /** @description Flag quoted figures whose records are older than this many months (6 by default) */
                maxAgeMonths?: number;
            };
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson29"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getBidConsistency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consistency report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson31"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    allowBidConsistencyFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The finding, by the id the consistency report gives it */
                    findingId: string;
                    /** @description Why the answers may go out as they are (kept with who gave it) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The consistency report with the finding allowed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson31"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    draftBidAnswers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is a good choice): a retry with the same key and request answers the first response again, for 24 hours; the same key with another request is refused (422). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description template: the rule-based drafter; llm: the language model, falling back to the template
                     * @default template
                     * @enum {string}
                     */
                    drafter?: "template" | "llm";
                    /** @description The questions to draft (again); by default every question without an answer */
                    questionIds?: string[];
                } | null;
            };
        };
        responses: {
            /** @description The bid with its new drafts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson29"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getBidPortalText: {
        parameters: {
            query?: {
                /** @description How the limit is counted, when the portal differs from the question's own limit */
                kind?: "words" | "characters" | "characters-no-spaces";
                /** @description What a line break adds to "characters with spaces": one (`newline`) or two (`crlf`, the strictest and the default) */
                lineBreaks?: "newline" | "crlf";
                /** @description Whether the portal counts typed list markers ("-", "3.") as words (`count`, the strictest and the default) or leaves them out (`skip`) */
                listMarkers?: "count" | "skip";
                /** @description Keep this share of the limit free (percent, 0–50; 0 by default) */
                marginPercent?: number;
                /** @description Only this question; every answered question by default */
                questionId?: string;
            };
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One text per answer and the counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson24"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    approveBidAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
                /** @description The question id within the bid, as GET /v1/bids/{bidId} lists it */
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A note for the writer, kept in the history */
                    comment?: string;
                    /** @description The version you read; 409 when a later one was saved meanwhile (the latest by default) */
                    version?: number;
                } | null;
            };
        };
        responses: {
            /** @description The question after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questions3"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getBidAnswerHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
                /** @description The question id within the bid, as GET /v1/bids/{bidId} lists it */
                questionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history of the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every review step, newest first */
                        decisions: components["schemas"]["AnyOf10"][];
                        /** @description The question */
                        questionId: string;
                        /** @description Every saved version, newest first */
                        versions: {
                            /** @description Who saved it */
                            author: string;
                            /** @description When it was saved (ISO 8601) */
                            createdAt: string;
                            /** @description The change from the previous version, word by word (all `added` for the first) */
                            diff: {
                                /**
                                 * @description same: in both versions; added: new in this version; removed: gone from the previous one
                                 * @enum {string}
                                 */
                                change: "same" | "added" | "removed";
                                /** @description The words, with their spacing */
                                text: string;
                            }[];
                            /**
                             * @description drafted: written by the drafter; edited: saved by a person
                             * @enum {string}
                             */
                            kind: "drafted" | "edited";
                            /** @description The answer text of this version */
                            text: string;
                            /** @description The version number */
                            version: number;
                            /** @description Words added since the previous version */
                            wordsAdded: number;
                            /** @description Words removed since the previous version */
                            wordsRemoved: number;
                        }[];
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    returnBidAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
                /** @description The question id within the bid, as GET /v1/bids/{bidId} lists it */
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the writer should change */
                    comment: string;
                    /** @description The version you read; 409 when a later one was saved meanwhile (the latest by default) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description The question after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questions3"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    submitBidAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
                /** @description The question id within the bid, as GET /v1/bids/{bidId} lists it */
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read; 409 when a later one was saved meanwhile (the latest by default) */
                    version?: number;
                } | null;
            };
        };
        responses: {
            /** @description The question after the step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questions3"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    saveBidAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is a good choice): a retry with the same key and request answers the first response again, for 24 hours; the same key with another request is refused (422). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
                /** @description The question id within the bid, as GET /v1/bids/{bidId} lists it */
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version this edit started from; 409 when another was saved meanwhile */
                    basedOnVersion: number;
                    /** @description The whole answer, as Markdown, exactly as it would be pasted */
                    text: string;
                };
            };
        };
        responses: {
            /** @description The question with its new answer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Questions3"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getBidSubmission: {
        parameters: {
            query?: {
                /** @description Export despite a failed gate, for this reason (recorded with the export) */
                allowUnverified?: string;
                /** @description Only this question; every answered question by default */
                questionId?: string;
            };
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submission document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getBidVerificationPack: {
        parameters: {
            query?: {
                /** @description Export despite a failed gate, for this reason (recorded with the export) */
                allowUnverified?: string;
                /** @description Only this question; every answered question by default */
                questionId?: string;
            };
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification pack */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getBidVerificationPackHtml: {
        parameters: {
            query?: {
                /** @description Export despite a failed gate, for this reason (recorded with the export) */
                allowUnverified?: string;
                /** @description Only this question; every answered question by default */
                questionId?: string;
            };
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification pack */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getBidWriteBack: {
        parameters: {
            query?: {
                /** @description Export despite a failed gate, for this reason (recorded with the export) */
                allowUnverified?: string;
            };
            header?: never;
            path: {
                /** @description The bid id (a UUID), as answered when it was created */
                bidId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The buyer's file with the answers in it, in its own format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    checkDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The answer box limit in characters; a longer draft is flagged */
                    charLimit?: number;
                    /** @description Whether spaces count towards charLimit (default: they do) */
                    charLimitCountsSpaces?: boolean;
                    /** @description Validate numbers against the evidence pack of this period */
                    period?: string;
                    /** @description With period: the services whose figures back the draft (default all) */
                    services?: string[];
                    /** @description The draft, as Markdown */
                    text: string;
                    /** @description The answer box limit in words; a longer draft is flagged */
                    wordLimit?: number;
                };
            };
        };
        responses: {
            /** @description The checker's findings and a summary of the draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every finding, in the order of the draft */
                        messages: {
                            /** @description The words of the draft that triggered the finding */
                            actual: string;
                            /**
                             * @description What kind of finding it is
                             * @enum {string}
                             */
                            category: "vague" | "tokenism" | "unsupported-claim" | "missing-anchor" | "structure" | "jargon" | "readability" | "length";
                            /** @description Column where the finding starts (1-based) */
                            column: number;
                            /** @description Column just past the end of the finding (1-based) */
                            endColumn: number;
                            /** @description Line where the finding ends (1-based) */
                            endLine: number;
                            /** @description Suggested replacements, if any */
                            expected: string[];
                            /** @description For vague/tokenism: what the sentence leaves out */
                            gaps?: ("who" | "how-often" | "how" | "what-changed")[];
                            /**
                             * @description Claimed rung of a flagged vague/tokenism sentence
                             * @enum {string}
                             */
                            ladder?: "information" | "consultation" | "participation" | "co-production";
                            /** @description Line where the finding starts (1-based) */
                            line: number;
                            /** @description What is wrong and what to write instead */
                            message: string;
                            /** @description The rule that found it, e.g. vague-involvement */
                            ruleId: string;
                            /** @description For vague/tokenism: the whole sentence the trigger sits in, for rewriting */
                            sentence?: {
                                /** @description Column where the sentence starts (1-based) */
                                column: number;
                                /** @description Column just past the end of the sentence (1-based) */
                                endColumn: number;
                                /** @description Line where the sentence ends (1-based) */
                                endLine: number;
                                /** @description Line where the sentence starts (1-based) */
                                line: number;
                                /** @description The sentence, as plain text */
                                text: string;
                            };
                            /**
                             * @description error: must be fixed; warning: should be; info: advice
                             * @enum {string}
                             */
                            severity: "error" | "warning" | "info";
                            /** @description Where the rule is explained */
                            url: string;
                        }[];
                        /** @description Counts, limits, structure and ladder rung of the draft */
                        summary: {
                            /** @description Characters in the draft, spaces included */
                            characters: number;
                            /** @description Characters in the draft, spaces excluded */
                            charactersNoSpaces: number;
                            /** @description The character limit the draft was held to, if one was given */
                            charLimit?: number;
                            /** @description Findings of severity error, including those left out of messages */
                            errors: number;
                            /** @description Findings of severity info, including those left out of messages */
                            infos: number;
                            /** @description Overall rung the draft evidences; `none` when it says nothing about involvement */
                            ladder: ("information" | "consultation" | "participation" | "co-production") | "none";
                            /** @description Findings left out of `messages` once it reached its limit, by rule id; `messages` then ends with a summary of them */
                            omittedMessages?: {
                                [key: string]: number;
                            };
                            /** @description Four lines of the Assured Involvement Paragraph, present in every section that answers an involvement question */
                            structure: {
                                /** @description The draft says how it is assured (audit, sampling) */
                                assurance: boolean;
                                /** @description The draft says what is done (the behaviour line) */
                                behaviour: boolean;
                                /** @description The draft gives dated, sourced evidence */
                                evidence: boolean;
                                /** @description The draft says who does it and how often */
                                ownersCadence: boolean;
                            };
                            /** @description Findings of severity warning, including those left out of messages */
                            warnings: number;
                            /** @description The word limit the draft was held to, if one was given */
                            wordLimit?: number;
                            /** @description Words in the draft */
                            words: number;
                        };
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query: {
                /** @description A quarter (2026-Q2), a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30) */
                period: string;
                /** @description Service name or id; repeat for several; default all */
                service?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard for the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Headline figures first, then the other figures, then the breakdowns (`detail`) */
                        figures: ({
                            /** @description The latest record date behind the figure within its period (YYYY-MM-DD) */
                            asOf?: string;
                            /**
                             * @description Which way is better
                             * @enum {string}
                             */
                            better?: "higher" | "lower";
                            /** @description For one service's figure stated beside the whole's in an answer: the id of the whole's figure (its `place` names the service) */
                            breakdownOf?: string;
                            /** @description The figure catalogue entry this figure instantiates (enablement groups share one) */
                            catalogueId?: string;
                            /** @description How the value moved since the previous period; null without two numeric values */
                            change: {
                                /** @description Value minus the previous value (percentage points for percentages) */
                                delta: number;
                                /**
                                 * @description How the value moved since the previous period
                                 * @enum {string}
                                 */
                                direction: "up" | "down" | "same";
                                /**
                                 * @description Whether that move is for the better, by which way is better for the figure
                                 * @enum {string}
                                 */
                                tone: "better" | "worse" | "neutral";
                            } | null;
                            /** @description For a share: the cases counted */
                            denominator?: number;
                            /** @description A detail figure (a breakdown that answers a question's specifics), not a headline figure */
                            detail?: boolean;
                            /** @description For a grouped detail figure: the recorded value it counts (a trigger, a level, a format) */
                            group?: string;
                            /** @description A headline figure: shown first */
                            headline: boolean;
                            /** @description Stable id of the figure, cited by drafts and exports */
                            id: string;
                            /** @description What the figure measures, in words */
                            label: string;
                            /** @description For a share: the cases that met the condition */
                            numerator?: number;
                            outcome?: components["schemas"]["Outcome"];
                            /** @description The period the value covers */
                            period: string;
                            /** @description The place the value is stated for */
                            place?: string;
                            /** @description The value for the previous period, when there is one */
                            previous?: number | string | null;
                            provenance?: components["schemas"]["Provenance"];
                            /** @description Range of a score figure */
                            scale?: {
                                /** @description Highest possible score */
                                max: number;
                                /** @description Lowest possible score */
                                min: number;
                            };
                            /** @description The source in a few words ("From 12 reviews"); `source` has the details */
                            shortSource: string;
                            /** @description true when the denominator is too small to generalise from */
                            smallSample?: boolean;
                            /** @description Where the figure comes from, as one readable line */
                            source: string;
                            /** @description The service standard the figure measures against */
                            standardId?: string;
                            /**
                             * @description met, below, small-sample, no-data or not-held (held to no threshold)
                             * @enum {string}
                             */
                            status: "met" | "below" | "small-sample" | "no-data" | "not-held";
                            /** @description Why the figure has its status, in words, with the threshold it was judged against */
                            statusText: string;
                            /** @description How the figure is named inside a sentence: lower case, no digits of its own */
                            subject?: string;
                            /** @description Question topics the figure evidences */
                            topics?: string[];
                            /** @description Why the value is null */
                            unavailableReason?: string;
                            /**
                             * @description The unit of value
                             * @enum {string}
                             */
                            unit: "percent" | "count" | "score" | "ratio" | "days" | "working days" | "hours" | "minutes" | "weeks" | "months";
                            /** @description null when the figure is unavailable (e.g. zero denominator); `unavailableReason` says why */
                            value: number | string | null;
                            /** @description true when the figure should not be relied on or falls short: below, small sample or no data */
                            weak: boolean;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description When the dashboard was computed (ISO 8601) */
                        generatedAt: string;
                        /** @description The organisation the dashboard is about */
                        organisation: {
                            /** @description The organisation's name */
                            name: string;
                            /** @description The organisation's short name */
                            slug: string;
                        };
                        period: components["schemas"]["Period"];
                        /** @description The place every figure is stated for, shown once */
                        place: string;
                        /** @description The period the changes compare with */
                        previousPeriod: {
                            /** @description Last day (YYYY-MM-DD) */
                            end: string;
                            /** @description For readers: 'Q2 2026', 'May 2026', 'April 2025–March 2026', '1 April–30 June 2026' */
                            human: string;
                            /**
                             * @description quarter, month, financial year or range
                             * @enum {string}
                             */
                            kind: "quarter" | "month" | "financial-year" | "range";
                            /** @description Canonical label: '2026-Q2', '2026-05', 'FY2025-26', '2026-04-01..2026-06-30' */
                            label: string;
                            /** @description First day (YYYY-MM-DD) */
                            start: string;
                        };
                        /** @description The services the figures cover */
                        services: {
                            /** @description The service's name */
                            name: string;
                            /** @description The service's reference */
                            ref: string;
                        }[];
                        /** @description The share of cases, in percent, at or above which a figure held to a standard counts as met */
                        threshold: number;
                        /** @description Participation, summaries on time and advocate response over the last four quarters; null when the period is not a quarter */
                        trend: {
                            /** @description The quarters of the trend, oldest first */
                            periods: {
                                /** @description Last day (YYYY-MM-DD) */
                                end: string;
                                /** @description For readers: 'Q2 2026', 'May 2026', 'April 2025–March 2026', '1 April–30 June 2026' */
                                human: string;
                                /**
                                 * @description quarter, month, financial year or range
                                 * @enum {string}
                                 */
                                kind: "quarter" | "month" | "financial-year" | "range";
                                /** @description Canonical label: '2026-Q2', '2026-05', 'FY2025-26', '2026-04-01..2026-06-30' */
                                label: string;
                                /** @description First day (YYYY-MM-DD) */
                                start: string;
                            }[];
                            /** @description One line per figure the trend follows */
                            series: {
                                /** @description The figure the line follows */
                                id: string;
                                /** @description The figure, in a few words for the legend */
                                label: string;
                                /** @description The unit of the values */
                                unit: string;
                                /** @description One value per trend period, oldest first; null where there is none */
                                values: (number | null)[];
                            }[];
                        } | null;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getDashboardCsv: {
        parameters: {
            query: {
                /** @description A quarter (2026-Q2), a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30) */
                period: string;
                /** @description Service name or id; repeat for several; default all */
                service?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getDashboardDocx: {
        parameters: {
            query: {
                /** @description A quarter (2026-Q2), a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30) */
                period: string;
                /** @description Service name or id; repeat for several; default all */
                service?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard as Word */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    listExports: {
        parameters: {
            query?: {
                /** @description Only items created after this moment: a date (2026-05-01, from its midnight UTC) or an ISO 8601 date-time */
                createdAfter?: string;
                /** @description Where the page starts: the `nextCursor` of the previous page (or follow its `next` link) */
                cursor?: string;
                /** @description Only exports in this format */
                format?: "docx" | "md";
                /** @description At most this many items per page (default 100, at most 1000) */
                limit?: number;
                /** @description Only exports of sections drafted for this period, as labelled (e.g. 2026-Q2) */
                period?: string;
                /** @description Only the exports of this section */
                sectionId?: string;
                /** @description verified: the gate passed; unverified: exported despite it, with a reason */
                status?: "verified" | "unverified";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of export records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Export records, newest first */
                        exports: {
                            /** @description The key that exported it (null when exported from the CLI or the key was deleted) */
                            apiKeyId: string | null;
                            /** @description First characters of the key that exported it */
                            apiKeyPrefix: string | null;
                            /** @description When it was exported (ISO 8601) */
                            exportedAt: string;
                            /** @description Figures whose values appear in the exported section */
                            figureIds: string[];
                            /** @description docx or md */
                            format: string;
                            /** @description The export record id */
                            id: string;
                            /** @description Import batches (files) those figures were computed from */
                            importBatchIds: string[];
                            /** @description The section's period */
                            period: string;
                            /** @description The section's question */
                            question: string;
                            /** @description The section exported */
                            sectionId: string;
                            /** @description Set when the export went out despite a failed gate, with the writer's reason */
                            unverifiedReason: string | null;
                        }[];
                        /** @description Path and query of the next page (also sent as a Link header); absent on the last page */
                        next?: string;
                        /** @description Cursor of the next page, to pass as `cursor`; absent on the last page */
                        nextCursor?: string;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    exportVerificationPack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The reason findings were exported anyway, shown beside each */
                    allowUnverified?: string;
                    /**
                     * @description docx (Word, landscape A4) or html
                     * @default docx
                     * @enum {string}
                     */
                    format?: "docx" | "html";
                    /** @description Flag figures whose records are older than this many months (6 by default) */
                    maxAgeMonths?: number;
                    /** @description Stored section ids, in the order the answers appear in the document */
                    sectionIds: string[];
                };
            };
        };
        responses: {
            /** @description The verification pack */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "text/html": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    exportPortalText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description How the limit is counted, when the portal differs from the question's own limit
                     * @enum {string}
                     */
                    kind?: "words" | "characters" | "characters-no-spaces";
                    /**
                     * @description What a line break adds to "characters with spaces": one (`newline`) or two (`crlf`, the strictest and the default)
                     * @default crlf
                     * @enum {string}
                     */
                    lineBreaks?: "newline" | "crlf";
                    /**
                     * @description Whether the portal counts typed list markers ("-", "3.") as words (`count`, the strictest and the default) or leaves them out (`skip`)
                     * @default count
                     * @enum {string}
                     */
                    listMarkers?: "count" | "skip";
                    /**
                     * @description Keep this share of the limit free (percent, 0–50; 0 by default), for a portal that counts a little differently
                     * @default 0
                     */
                    marginPercent?: number;
                    /** @description Stored section ids, in the order the answers appear in the document */
                    sectionIds: string[];
                };
            };
        };
        responses: {
            /** @description One text per answer and the counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson24"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    exportSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Export despite a failed gate, for this reason (recorded with the export) */
                    allowUnverified?: string;
                    /**
                     * @description docx (Word) or md (Markdown)
                     * @default docx
                     * @enum {string}
                     */
                    format?: "docx" | "md";
                    /** @description What to add to each question and answer; nothing by default */
                    include?: {
                        /**
                         * @description A count line under each answer, such as "Words: 248 of 250"
                         * @default false
                         */
                        countLine?: boolean;
                        /**
                         * @description The period and place under each question, and a "Response" heading
                         * @default false
                         */
                        details?: boolean;
                        /**
                         * @description The figures and standards each answer cites: `short` (figure, value, period, place abbreviated, one-line source), `full` (every place named, the whole source line) or `none`
                         * @default none
                         * @enum {string}
                         */
                        evidenceTable?: "none" | "short" | "full";
                        /**
                         * @description A footnote (or endnote, as the style says) after every number, naming its source
                         * @default false
                         */
                        footnotes?: boolean;
                        /**
                         * @description Title, bidder, tender and lot lines, and the bidder's name in the header and footer
                         * @default false
                         */
                        titleBlock?: boolean;
                    };
                    /** @description Pages of A4 each answer may take, as LibreOffice renders the document (422 page-limit-exceeded when over) */
                    pageLimit?: number;
                    /** @description Stored section ids, in the order the answers appear in the document */
                    sectionIds: string[];
                    /** @description Font, size, spacing and margins the buyer asks for (Arial 11 pt, 2.54 cm by default) */
                    style?: {
                        /**
                         * @description Body font, as Word names it (Arial by default)
                         * @default Arial
                         */
                        font?: string;
                        /**
                         * @description Body font size in points, 6–36 (11 by default)
                         * @default 11
                         */
                        fontSizePt?: number;
                        /** @description Heading font; the body font when absent */
                        headingFont?: string;
                        /**
                         * @description Proofing language of every run, as a BCP 47 tag (en-GB by default)
                         * @default en-GB
                         */
                        language?: string;
                        /**
                         * @description Line spacing as a multiple of single spacing, 1–3 (1.15, Word's "1.15", by default)
                         * @default 1.15
                         */
                        lineSpacing?: number;
                        /**
                         * @description Page margins of the A4 page in centimetres (2.54 on every side by default)
                         * @default {}
                         */
                        marginsCm?: {
                            /**
                             * @description Bottom margin in centimetres, 0–10
                             * @default 2.54
                             */
                            bottom?: number;
                            /**
                             * @description Left margin in centimetres, 0–10
                             * @default 2.54
                             */
                            left?: number;
                            /**
                             * @description Right margin in centimetres, 0–10
                             * @default 2.54
                             */
                            right?: number;
                            /**
                             * @description Top margin in centimetres, 0–10
                             * @default 2.54
                             */
                            top?: number;
                        };
                        /**
                         * @description Where source notes go in a Word document: at the foot of each page or at the end
                         * @default footnotes
                         * @enum {string}
                         */
                        notes?: "footnotes" | "endnotes";
                    };
                };
            };
        };
        responses: {
            /** @description The submission document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "text/markdown": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getFigures: {
        parameters: {
            query: {
                /** @description Up to this many consented, verified case examples */
                cases?: number;
                /** @description A quarter (2026-Q2), a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30) */
                period: string;
                /** @description Service name or id; repeat for several; default all */
                service?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence pack for the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Consented, verified case examples, when asked for */
                        caseExamples?: {
                            /** @description The measure when verified */
                            after: string;
                            /** @description The measure at the start of the work */
                            before: string;
                            /** @description The area of life the outcome is in, e.g. personal care */
                            domain: string;
                            /** @description What was measured, e.g. hours of support a week */
                            measure: string;
                            /** @description The service where the outcome was achieved */
                            service: string;
                            /** @description The story behind the numbers, present only when the outcome record has any of it; the provider's free text, to be screened before it is quoted */
                            story?: {
                                /** @description Who agreed the plan, by role, as recorded */
                                agreedWith?: string;
                                /** @description What the person wanted, in their words, as recorded */
                                goal?: string;
                                /** @description What was done, including how any risk was agreed, as recorded */
                                support?: string;
                            };
                            /** @description The unit of before and after */
                            unit: string;
                            /** @description Role of the person who verified it */
                            verifiedBy: string;
                            /** @description Date the outcome was verified (YYYY-MM-DD) */
                            verifiedOn: string;
                            /** @description Whole weeks from the start of the work to verification */
                            weeksTaken: number;
                        }[];
                        /** @description The organisation's practice library entries in place for the period and place */
                        declaredPractices?: components["schemas"]["DeclaredPractices"][];
                        /** @description Every figure of the pack */
                        figures: components["schemas"]["Figures"][];
                        /** @description When the pack was computed (ISO 8601) */
                        generatedAt: string;
                        /** @description The organisation the figures are about */
                        organisation: {
                            /** @description The name the organisation bids under */
                            bidderName: string;
                            /** @description The organisation's name */
                            name: string;
                            /** @description The organisation's short name in URLs and commands */
                            slug: string;
                        };
                        period: components["schemas"]["Period"];
                        /** @description The place anchor the figures are stated for, e.g. the services' localities */
                        place: string;
                        /** @description The practice profile; packs written before it existed have none, and their practice statements go unchecked */
                        practices?: components["schemas"]["Practices"][];
                        /** @description The period of equal length before it, for the previous values */
                        previousPeriod: {
                            /** @description Last day (YYYY-MM-DD) */
                            end: string;
                            /** @description For readers: 'Q2 2026', 'May 2026', 'April 2025–March 2026', '1 April–30 June 2026' */
                            human: string;
                            /**
                             * @description quarter, month, financial year or range
                             * @enum {string}
                             */
                            kind: "quarter" | "month" | "financial-year" | "range";
                            /** @description Canonical label: '2026-Q2', '2026-05', 'FY2025-26', '2026-04-01..2026-06-30' */
                            label: string;
                            /** @description First day (YYYY-MM-DD) */
                            start: string;
                        };
                        /** @description Logged advocate referrals and disagreements of the twelve months to the period end, as examples, when case examples are asked for; their figures are added to an answer's pack only when it quotes them */
                        recordExamples?: ({
                            /** @description The person's first review within 90 days of the referral that an advocate took part in */
                            advocateAtReview?: {
                                /** @description YYYY-MM-DD */
                                heldOn: string;
                                /** @description The review type */
                                type: string;
                            };
                            /** @description The type of advocate asked for (imca, care-act, rpr, other) */
                            advocateType: string;
                            /** @description Time from referral to the advocate being involved; absent while the advocate is not yet involved */
                            figure?: {
                                /** @description The latest record date behind the figure within its period (YYYY-MM-DD) */
                                asOf?: string;
                                /**
                                 * @description Which way is better
                                 * @enum {string}
                                 */
                                better?: "higher" | "lower";
                                /** @description For one service's figure stated beside the whole's in an answer: the id of the whole's figure (its `place` names the service) */
                                breakdownOf?: string;
                                /** @description The figure catalogue entry this figure instantiates (enablement groups share one) */
                                catalogueId?: string;
                                /** @description For a share: the cases counted */
                                denominator?: number;
                                /** @description A detail figure (a breakdown that answers a question's specifics), not a headline figure */
                                detail?: boolean;
                                /** @description For a grouped detail figure: the recorded value it counts (a trigger, a level, a format) */
                                group?: string;
                                /** @description Stable id of the figure, cited by drafts and exports */
                                id: string;
                                /** @description What the figure measures, in words */
                                label: string;
                                /** @description For a share: the cases that met the condition */
                                numerator?: number;
                                outcome?: components["schemas"]["Outcome"];
                                /** @description The period the value covers */
                                period: string;
                                /** @description The place the value is stated for */
                                place?: string;
                                /** @description The value for the previous period, when there is one */
                                previous?: number | string | null;
                                provenance?: components["schemas"]["Provenance"];
                                /** @description Range of a score figure */
                                scale?: {
                                    /** @description Highest possible score */
                                    max: number;
                                    /** @description Lowest possible score */
                                    min: number;
                                };
                                /** @description true when the denominator is too small to generalise from */
                                smallSample?: boolean;
                                /** @description Where the figure comes from, as one readable line */
                                source: string;
                                /** @description The service standard the figure measures against */
                                standardId?: string;
                                /** @description How the figure is named inside a sentence: lower case, no digits of its own */
                                subject?: string;
                                /** @description Question topics the figure evidences */
                                topics?: string[];
                                /** @description Why the value is null */
                                unavailableReason?: string;
                                /**
                                 * @description The unit of value
                                 * @enum {string}
                                 */
                                unit: "percent" | "count" | "score" | "ratio" | "days" | "working days" | "hours" | "minutes" | "weeks" | "months";
                                /** @description null when the figure is unavailable (e.g. zero denominator); `unavailableReason` says why */
                                value: number | string | null;
                            } & {
                                [key: string]: unknown;
                            };
                            /**
                             * @description A logged referral for independent advocacy
                             * @enum {string}
                             */
                            kind: "advocate-referral";
                            /** @description What the advocate's involvement led to, as coded in the referral log (decision-changed, plan-changed, wishes-recorded, decision-challenged, no-change, other); absent when not recorded */
                            outcome?: string;
                            /** @description The UK calendar day of the referral (YYYY-MM-DD) */
                            referredOn: string;
                            /** @description The service the person is supported by */
                            service: string;
                            /** @description What prompted the referral, as recorded */
                            trigger: string;
                            /** @description Whether the advocate was involved within the response standard; null when not yet involved */
                            withinStandard: boolean | null;
                        } | {
                            /** @description Working days from logging to settling; absent while open */
                            figure?: {
                                /** @description The latest record date behind the figure within its period (YYYY-MM-DD) */
                                asOf?: string;
                                /**
                                 * @description Which way is better
                                 * @enum {string}
                                 */
                                better?: "higher" | "lower";
                                /** @description For one service's figure stated beside the whole's in an answer: the id of the whole's figure (its `place` names the service) */
                                breakdownOf?: string;
                                /** @description The figure catalogue entry this figure instantiates (enablement groups share one) */
                                catalogueId?: string;
                                /** @description For a share: the cases counted */
                                denominator?: number;
                                /** @description A detail figure (a breakdown that answers a question's specifics), not a headline figure */
                                detail?: boolean;
                                /** @description For a grouped detail figure: the recorded value it counts (a trigger, a level, a format) */
                                group?: string;
                                /** @description Stable id of the figure, cited by drafts and exports */
                                id: string;
                                /** @description What the figure measures, in words */
                                label: string;
                                /** @description For a share: the cases that met the condition */
                                numerator?: number;
                                outcome?: components["schemas"]["Outcome"];
                                /** @description The period the value covers */
                                period: string;
                                /** @description The place the value is stated for */
                                place?: string;
                                /** @description The value for the previous period, when there is one */
                                previous?: number | string | null;
                                provenance?: components["schemas"]["Provenance"];
                                /** @description Range of a score figure */
                                scale?: {
                                    /** @description Highest possible score */
                                    max: number;
                                    /** @description Lowest possible score */
                                    min: number;
                                };
                                /** @description true when the denominator is too small to generalise from */
                                smallSample?: boolean;
                                /** @description Where the figure comes from, as one readable line */
                                source: string;
                                /** @description The service standard the figure measures against */
                                standardId?: string;
                                /** @description How the figure is named inside a sentence: lower case, no digits of its own */
                                subject?: string;
                                /** @description Question topics the figure evidences */
                                topics?: string[];
                                /** @description Why the value is null */
                                unavailableReason?: string;
                                /**
                                 * @description The unit of value
                                 * @enum {string}
                                 */
                                unit: "percent" | "count" | "score" | "ratio" | "days" | "working days" | "hours" | "minutes" | "weeks" | "months";
                                /** @description null when the figure is unavailable (e.g. zero denominator); `unavailableReason` says why */
                                value: number | string | null;
                            } & {
                                [key: string]: unknown;
                            };
                            /**
                             * @description A logged disagreement about a person's support
                             * @enum {string}
                             */
                            kind: "disagreement";
                            /** @description The furthest level it reached (key-worker, rm, ni) */
                            level: string;
                            /** @description The day it was logged (YYYY-MM-DD) */
                            loggedOn: string;
                            /** @description How it ended, as coded in the log (plan-changed, part-agreed, agreed-after-explanation, not-upheld, other); absent when not recorded */
                            outcome?: string;
                            /** @description The day it was settled (YYYY-MM-DD), when it has been */
                            resolvedOn?: string;
                            /** @description The service the person is supported by */
                            service: string;
                            /** @description What the disagreement was about, as recorded */
                            topic: string;
                            /** @description Whether it was settled within the resolution standard; null while open or outside the calendar */
                            withinStandard: boolean | null;
                        })[];
                        /** @description The services the figures cover */
                        services: {
                            /** @description Where the service is, e.g. a town or district */
                            locality: string;
                            /** @description The service's name */
                            name: string;
                            /** @description The service's reference in the provider's records */
                            ref: string;
                        }[];
                        /**
                         * @description The organisation's service standards the figures are held to
                         * @default []
                         */
                        standards: components["schemas"]["Standards"][];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    listImportMappings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved mappings, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Saved mappings, by name */
                        mappings: components["schemas"]["ApplicationJson7"][];
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getImportMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name it is saved under, e.g. our-care-system */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved mapping */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description what the mapping is for, e.g. the system the exports come from */
                        description?: string;
                        /** @description the name the mapping is saved under */
                        name?: string;
                        /** @description per record type: how its columns, values and shapes are read */
                        types: {
                            [key: string]: {
                                /**
                                 * @description the provider's header → the Assured column it holds
                                 * @default {}
                                 */
                                columns: {
                                    [key: string]: string | {
                                        /** @description the Assured column this header holds */
                                        field: string;
                                        /**
                                         * @description how the cell is read: text as it is; utc-timestamp, a UTC instant kept as its UK local date; status-date, "Closed 12/05/2026" gives the date and "Open" leaves it blank
                                         * @default text
                                         * @enum {string}
                                         */
                                        read: "text" | "utc-timestamp" | "status-date";
                                    };
                                };
                                /**
                                 * @description headers that hold nothing Assured imports
                                 * @default []
                                 */
                                ignore: string[];
                                /** @description reviews only: yes/no columns that each make a participant of the review */
                                participants?: components["schemas"]["Participants"][];
                                /** @description the workbook sheet this applies to, when the provider's workbook has several */
                                sheet?: string;
                                /**
                                 * @description per Assured column: the provider's value → Assured's value
                                 * @default {}
                                 */
                                values: {
                                    [key: string]: {
                                        [key: string]: string;
                                    };
                                };
                            };
                        };
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    saveImportMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name to save it under, e.g. our-care-system */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnyOf2"];
            };
        };
        responses: {
            /** @description The mapping as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson7"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description Only items created after this moment: a date (2026-05-01, from its midnight UTC) or an ISO 8601 date-time */
                createdAfter?: string;
                /** @description Where the page starts: the `nextCursor` of the previous page (or follow its `next` link) */
                cursor?: string;
                /** @description At most this many items per page (default 20, at most 100) */
                limit?: number;
                /** @description Only imports in this state */
                status?: "running" | "imported" | "partly-imported" | "rejected" | "validated" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of imports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Imports, newest first */
                        imports: components["schemas"]["Imports"][];
                        /** @description Path and query of the next page (also sent as a Link header); absent on the last page */
                        next?: string;
                        /** @description Cursor of the next page, to pass as `cursor`; absent on the last page */
                        nextCursor?: string;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    createImport: {
        parameters: {
            query?: {
                /** @description Read and check the files, write nothing (overrides the body's dryRun) */
                dryRun?: boolean;
                /** @description Import the valid rows and report the others (overrides the body's skipInvalid) */
                skipInvalid?: boolean;
            };
            header?: {
                /** @description Any unique string (a UUID is a good choice): a retry with the same key and request answers the first response again, for 24 hours; the same key with another request is refused (422). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body; alternatively send multipart/form-data with one part per file (and dryRun/skipInvalid fields) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnyOf"] | null;
                "multipart/form-data": components["schemas"]["AnyOf"] | null;
            };
        };
        responses: {
            /** @description What was imported, file by file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description true when the files were only checked */
                        dryRun: boolean;
                        /** @description Errors across all files */
                        errorCount: number;
                        /** @description One report per file */
                        files: components["schemas"]["Files"][];
                        /** @description The organisation the records were imported into */
                        organisation?: string;
                        /** @description True when nothing was written because of errors (and --skip-invalid was not given) */
                        rejected: boolean;
                        /** @description true when invalid rows were skipped rather than rejecting the import */
                        skipInvalid: boolean;
                        totals: components["schemas"]["Totals"];
                    };
                };
            };
            /** @description The import runs as a job: poll the Location header (GET /v1/imports/{id}) for its progress and report */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Imports"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The import id, from the Location header of POST /v1/imports or from GET /v1/imports */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import, with its progress and, once ended, its report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Imports"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    createImportErrorWorkbook: {
        parameters: {
            query: {
                /** @description The name of the uploaded .xlsx file to mark, as sent */
                file: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON body; alternatively send multipart/form-data with one part per file (and dryRun/skipInvalid fields) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnyOf"] | null;
                "multipart/form-data": components["schemas"]["AnyOf"] | null;
            };
        };
        responses: {
            /** @description The workbook with its errors marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    previewImport: {
        parameters: {
            query?: {
                /** @description How many rows of each file to show (1 to 50) */
                rows?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON body; alternatively send multipart/form-data with one part per file (and a mapping field) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnyOf4"] | null;
                "multipart/form-data": components["schemas"]["AnyOf4"] | null;
            };
        };
        responses: {
            /** @description How each file would be stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One preview per table read: a file, a sheet of a workbook, or rows made from attendance columns */
                        files: {
                            /** @description How the provider's headers map to Assured's columns; uncertain and missing ones stop the import until confirmed */
                            columnMapping?: {
                                /** @description Headers matched: by Assured's own name, a listed synonym, likeness, or the mapping given */
                                columns: components["schemas"]["Columns"][];
                                /** @description Required columns no header was matched to, with the headers that might hold them */
                                missingRequired: components["schemas"]["MissingRequired"][];
                                /**
                                 * @description The kind of records the file was read as
                                 * @enum {string}
                                 */
                                recordType: "organisation" | "services" | "people" | "reviews" | "participants" | "actions" | "advocate-referrals" | "disagreements" | "feedback" | "changes" | "enablement" | "governance-samples" | "practices";
                                /** @description Headers that may be a column, with the candidates, best first: confirm with a mapping */
                                uncertain: components["schemas"]["Uncertain"][];
                            };
                            /** @description The Assured columns `firstRows` show, in the order of the record type */
                            columns: string[];
                            /** @description Errors about the whole file (unreadable, not a record type, columns to confirm); a file with any imports nothing */
                            errors: components["schemas"]["Errors2"][];
                            /** @description The file, or "workbook.xlsx [Sheet]" for one sheet of a workbook, or "reviews.csv (participants)" for rows made from its attendance columns */
                            file: string;
                            /** @description The first rows as they would be stored, with their errors */
                            firstRows: {
                                /** @description What is wrong with the row, each naming the provider's column and value */
                                errors: components["schemas"]["Errors2"][];
                                /** @description Row number as the file shows it (the header is row 1 in CSV and XLSX) */
                                row: number;
                                /** @description True when the row would be stored; false when it is refused for `errors` */
                                valid: boolean;
                                /** @description By Assured column: the value as it would be stored for a valid row; for a refused row, the cell text after mapping (empty when the row could not be read) */
                                values: {
                                    [key: string]: string | number | boolean | string[] | null;
                                };
                            }[];
                            /**
                             * @description The kind of records the file was read as; absent when it is not recognised
                             * @enum {string}
                             */
                            recordType?: "organisation" | "services" | "people" | "reviews" | "participants" | "actions" | "advocate-referrals" | "disagreements" | "feedback" | "changes" | "enablement" | "governance-samples" | "practices";
                            /** @description Rows of the whole file that would be refused; the file imports as a whole only when this is 0 */
                            rejectedRows: number;
                            /** @description Data rows in the file */
                            rows: number;
                            /** @description The uploaded file this table came from, when it is one sheet of a workbook or made from another file's columns */
                            sourceFile?: string;
                            /** @description Per column with a list of allowed values: each distinct value of the file and what it is stored as */
                            valueMappings: {
                                /** @description The values Assured accepts in the column */
                                allowed: string[];
                                /** @description The Assured column, e.g. type */
                                column: string;
                                /** @description Distinct values left out of `values` because there are too many to list (0 when all are listed) */
                                otherValues: number;
                                /** @description The provider's header for the column, when it differs */
                                sourceColumn?: string;
                                /** @description Each distinct value of the file in the column, unknown ones first, then by rows */
                                values: {
                                    /** @description Rows of the file with this value */
                                    rows: number;
                                    /** @description Assured's value it is stored as (yes or no for a yes/no column), or null when it is not known and its rows are refused */
                                    storedAs: string | null;
                                    /** @description The value as the file has it, e.g. "Mini Review" */
                                    value: string;
                                    /**
                                     * @description How it was mapped: assured (already one of Assured's values), mapping (the mapping given), synonym (Assured's list of common words: check it), unknown (refused: choose one of `allowed` in the mapping's values)
                                     * @enum {string}
                                     */
                                    via: "assured" | "mapping" | "synonym" | "unknown";
                                }[];
                            }[];
                            /** @description Things worth a look: mappings used, columns ignored, title and totals rows skipped */
                            warnings: string[];
                        }[];
                        /** @description The organisation the files would be imported into */
                        organisation: string;
                        /** @description True when every file would import as it is: no file errors, no refused rows, no unknown values */
                        ready: boolean;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    listInvites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open invitations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Open invitations, oldest first */
                        invites: {
                            /** @description When it was made (ISO 8601) */
                            createdAt: string;
                            /** @description The address invited */
                            email: string;
                            /** @description When the link stops working (ISO 8601) */
                            expiresAt: string;
                            /** @description The invitation's id */
                            id: string;
                            /**
                             * @description The role the account will have
                             * @enum {string}
                             */
                            role: "admin" | "writer" | "reviewer";
                            /** @description When it was accepted; null while open */
                            usedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    createInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The address the person will sign in with */
                    email: string;
                    /**
                     * @description admin, writer or reviewer
                     * @enum {string}
                     */
                    role: "admin" | "writer" | "reviewer";
                };
            };
        };
        responses: {
            /** @description The invitation and its one-time link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The invitation */
                        invite: {
                            /** @description When it was made (ISO 8601) */
                            createdAt: string;
                            /** @description The address invited */
                            email: string;
                            /** @description When the link stops working (ISO 8601) */
                            expiresAt: string;
                            /** @description The invitation's id */
                            id: string;
                            /**
                             * @description The role the account will have
                             * @enum {string}
                             */
                            role: "admin" | "writer" | "reviewer";
                            /** @description When it was accepted; null while open */
                            usedAt: string | null;
                        };
                        /** @description The one-time link; shown only now */
                        link: string;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How colleagues will see you */
                    name: string;
                    /** @description The password to sign in with from now on: at least 12 characters */
                    password: string;
                    /** @description The token from the invitation link (after the #) */
                    token: string;
                };
            };
        };
        responses: {
            /** @description The account is created and signed in: the person, the CSRF token and when the session ends */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getScore: {
        parameters: {
            query: {
                /** @description A quarter (2026-Q2), a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30) */
                period: string;
                /** @description Service name or id; repeat for several; default all */
                service?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The self-score grid for the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The ten dimensions */
                        dimensions: {
                            /**
                             * @description What decided the score: the records, the organisation's self-assessment, or nothing yet
                             * @enum {string}
                             */
                            basis: "records" | "self-assessment" | "not assessed";
                            /** @description The figures the score was decided from */
                            figureIds: string[];
                            /** @description Stable id of the dimension */
                            id: string;
                            /** @description The dimension, in words */
                            label: string;
                            /** @description What would raise the score */
                            nextStep?: string;
                            /** @description Why this score, with the figures */
                            reason: string;
                            /** @description 0: not evidenced; 1: partly; 2: fully */
                            score: 0 | 1 | 2;
                            /** @description What a 1 and a 2 need */
                            thresholds: string;
                        }[];
                        /**
                         * @description Highest possible total
                         * @enum {number}
                         */
                        max: 20;
                        /** @description true when total reaches target */
                        meetsTarget: boolean;
                        /** @description Concrete next steps for the dimensions below 2, biggest gaps first */
                        nextSteps: string[];
                        /** @description The organisation scored */
                        organisation: {
                            /** @description The organisation's name */
                            name: string;
                            /** @description The organisation's short name in URLs and commands */
                            slug: string;
                        };
                        /** @description The period scored */
                        period: {
                            /** @description Last day (YYYY-MM-DD) */
                            end: string;
                            /** @description For readers: 'Q2 2026', 'May 2026', 'April 2025–March 2026', '1 April–30 June 2026' */
                            human: string;
                            /**
                             * @description quarter, month, financial year or range
                             * @enum {string}
                             */
                            kind: "quarter" | "month" | "financial-year" | "range";
                            /** @description Canonical label: '2026-Q2', '2026-05', 'FY2025-26', '2026-04-01..2026-06-30' */
                            label: string;
                            /** @description First day (YYYY-MM-DD) */
                            start: string;
                        };
                        /** @description The place anchor of the figures */
                        place: string;
                        /**
                         * @description The total to aim for
                         * @enum {number}
                         */
                        target: 17;
                        /** @description Sum of the dimension scores */
                        total: number;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    listSections: {
        parameters: {
            query?: {
                /** @description Only items created after this moment: a date (2026-05-01, from its midnight UTC) or an ISO 8601 date-time */
                createdAfter?: string;
                /** @description Where the page starts: the `nextCursor` of the previous page (or follow its `next` link) */
                cursor?: string;
                /** @description At most this many items per page (default 20, at most 100) */
                limit?: number;
                /** @description Only sections drafted for this period, as labelled (e.g. 2026-Q2) */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sections */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Path and query of the next page (also sent as a Link header); absent on the last page */
                        next?: string;
                        /** @description Cursor of the next page, to pass as `cursor`; absent on the last page */
                        nextCursor?: string;
                        /** @description Sections, newest first */
                        sections: {
                            /** @description When the section was stored (ISO 8601) */
                            createdAt: string;
                            /** @description The section id; GET /v1/sections/{id} returns the whole section */
                            id: string;
                            /** @description The period its evidence covers, e.g. 2026-Q2 */
                            period: string;
                            /** @description The tender question's text */
                            question: string;
                        }[];
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    createSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is a good choice): a retry with the same key and request answers the first response again, for 24 hours; the same key with another request is refused (422). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description template: the rule-based drafter; llm: the language model, falling back to the template
                     * @default template
                     * @enum {string}
                     */
                    drafter?: "template" | "llm";
                    /** @description A draft to improve: its vague sentences come back as before/after rewrites */
                    existingDraft?: string;
                    /** @description The answer box limit, e.g. {"kind":"words","value":250} */
                    limit?: {
                        /**
                         * @description What the limit counts: words, characters, or characters without spaces
                         * @enum {string}
                         */
                        kind: "words" | "characters" | "characters-no-spaces";
                        /** @description The most the answer box takes */
                        value: number;
                    };
                    /** @description A quarter (2026-Q2), a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30) */
                    period: string;
                    /** @description The tender question, as text or {text, number} */
                    question: string | {
                        /** @description The question's number in the tender, e.g. 4.2 */
                        number?: string;
                        /** @description The question's text */
                        text: string;
                    };
                    /** @description The services the answer is about (default all) */
                    services?: string[];
                    /** @description Which tender the section is for, shown on the exported document */
                    tender?: {
                        /** @description The lot, if any */
                        lot?: string;
                        /** @description The tender, as named in the document */
                        name?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The stored section */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson20"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getSection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The section id (a UUID), as answered when it was created */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The section */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson20"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getSectionDocx: {
        parameters: {
            query?: {
                /** @description Export despite a failed gate, for this reason (recorded with the export) */
                allowUnverified?: string;
            };
            header?: never;
            path: {
                /** @description The section id (a UUID), as answered when it was created */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The docx document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getSectionMarkdown: {
        parameters: {
            query?: {
                /** @description Export despite a failed gate, for this reason (recorded with the export) */
                allowUnverified?: string;
            };
            header?: never;
            path: {
                /** @description The section id (a UUID), as answered when it was created */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The md document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    listServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every service of the organisation, by reference */
                        services: {
                            /** @description Where the service is, e.g. a town or district */
                            locality: string;
                            /** @description The service's name */
                            name: string;
                            /** @description The service's reference in the provider's records */
                            ref: string;
                        }[];
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether this browser is signed in, and as whom */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Present when signed in */
                        csrfToken?: string;
                        /** @description When the session ends, when signed in */
                        expiresAt?: string;
                        /** @description Whether the session cookie names a live session */
                        signedIn: boolean;
                        /** @description The signed-in person, when signed in */
                        user?: {
                            /** @description When the account was made (ISO 8601) */
                            createdAt: string;
                            /** @description The address they sign in with (lower case) */
                            email: string;
                            /** @description The person's id */
                            id: string;
                            /** @description How colleagues see them */
                            name: string;
                            /** @description Organisation slug */
                            organisation: string;
                            /** @description The organisation's name */
                            organisationName: string;
                            /**
                             * @description admin, writer or reviewer
                             * @enum {string}
                             */
                            role: "admin" | "writer" | "reviewer";
                        };
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The email address the account was invited with */
                    email: string;
                    /** @description The password chosen when accepting the invitation */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in: the person, the CSRF token and when the session ends */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationJson"];
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out of this browser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many sessions were ended (1) */
                        signedOut: number;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out of every browser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many sessions were ended */
                        signedOut: number;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    readTenderPack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON body; alternatively multipart/form-data with one file part (and an optional period field) */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The file, base64 */
                    content: string;
                    /** @description The file name; its extension (.docx or .xlsx) says how to read it */
                    name: string;
                    /** @description The reporting period, so "the last 12 months" reads as dates */
                    period?: string;
                } | null;
                "multipart/form-data": {
                    /** @description The file, base64 */
                    content: string;
                    /** @description The file name; its extension (.docx or .xlsx) says how to read it */
                    name: string;
                    /** @description The reporting period, so "the last 12 months" reads as dates */
                    period?: string;
                } | null;
            };
        };
        responses: {
            /** @description The questions of the pack */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The pack's file name */
                        file: string;
                        /**
                         * @description Word or Excel
                         * @enum {string}
                         */
                        format: "docx" | "xlsx";
                        /** @description What could not be read, with its place */
                        problems: {
                            /**
                             * @description What could not be read
                             * @enum {string}
                             */
                            code: "LIMIT_UNREADABLE" | "WEIGHTING_UNREADABLE" | "NUMBER_MISSING" | "ANSWER_PLACE_MISSING" | "DUPLICATE_NUMBER";
                            /** @description What was found there and what was expected */
                            message: string;
                            /** @description A place in the buyer's file */
                            place: components["schemas"]["OneOf3"] | components["schemas"]["OneOf4"] | components["schemas"]["OneOf5"];
                        }[];
                        /** @description The questions, in the buyer's order */
                        questions: {
                            /** @description Where the answer is written back: a cell, a form's answer cell, or after the question's last paragraph */
                            answerPlace?: components["schemas"]["OneOf3"] | components["schemas"]["OneOf4"] | components["schemas"]["OneOf5"];
                            /** @description Whether the question is about involvement */
                            involvement: {
                                /** @description Whether choosing the involvement questions picks it */
                                involvement: boolean;
                                /** @description What in the question gave the score */
                                reason: string;
                                /** @description 0–1: how strongly the question is about involving people, their families and advocates */
                                score: number;
                            };
                            limit?: components["schemas"]["Limit4"];
                            /** @description The buyer's words the limit was read from */
                            limitText?: string;
                            /** @description The question's number as the buyer wrote it (2.1, Q3, SV1) */
                            number: string;
                            /** @description A place in the buyer's file */
                            place: components["schemas"]["OneOf3"] | components["schemas"]["OneOf4"] | components["schemas"]["OneOf5"];
                            /** @description The question, without its limit and weighting where they stand apart; paragraphs separated by a blank line */
                            text: string;
                            /** @description A heading's words when the pack titles a question ("Person-led reviews") */
                            title?: string;
                            /** @description What the question asks about, in the order it raises them */
                            topics: {
                                /** @description The question's words that gave the topic away */
                                cues: string[];
                                /**
                                 * @description The topic
                                 * @enum {string}
                                 */
                                id: "person-led-planning" | "family-friends" | "carers" | "advocacy" | "accessibility" | "meetings" | "summaries" | "disagreements" | "complaints" | "consent-capacity" | "feedback" | "outcomes" | "governance" | "safeguarding" | "information-sharing" | "training" | "recruitment" | "co-production" | "review-triggers" | "workload";
                                /** @description The topic in words */
                                label: string;
                                /** @description Offset of the first cue in the question text */
                                position: number;
                                /**
                                 * @description strong: named outright; weak: only hinted at
                                 * @enum {string}
                                 */
                                weight: "strong" | "weak";
                            }[];
                            /** @description The question's weighting, where the pack gives one */
                            weighting?: {
                                /** @description Share of the score, in percent */
                                percent: number;
                                /** @description As the buyer wrote it */
                                text: string;
                            };
                        }[];
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people of the organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description People, oldest account first */
                        users: {
                            /** @description When the account was made (ISO 8601) */
                            createdAt: string;
                            /** @description The address they sign in with (lower case) */
                            email: string;
                            /** @description The person's id */
                            id: string;
                            /** @description How colleagues see them */
                            name: string;
                            /** @description Organisation slug */
                            organisation: string;
                            /** @description The organisation's name */
                            organisationName: string;
                            /**
                             * @description admin, writer or reviewer
                             * @enum {string}
                             */
                            role: "admin" | "writer" | "reviewer";
                        }[];
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
    validateDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Or validate against this evidence pack (output of GET /v1/figures) */
                    pack?: {
                        /** @description The organisation's practice library entries in place for the period and place */
                        declaredPractices?: ({
                            /** @description Cadence code (`monthly`, `at-induction`, `when-triggered` …) */
                            cadence: string;
                            /** @description The cadence in words ("every month", "at induction") */
                            cadenceText: string;
                            /** @description Role code of who last checked it */
                            checkedBy: string;
                            /** @description The practice library row's reference */
                            id: string;
                            /** @description ISO date the practice was last checked as in place */
                            lastCheckedOn: string;
                            /** @description An optional count the library row gives with its own date */
                            measure?: {
                                /** @description ISO date the count was taken */
                                asOf: string;
                                /** @description How many show it */
                                count: number;
                                /** @description What is counted ("staff with capacity training in date") */
                                label: string;
                                /** @description Out of how many */
                                of: number;
                                /** @description count / of as a percentage, one decimal place */
                                share: number;
                            };
                            /** @description Who owns the practice, in words ("the Registered Manager") */
                            owner: string;
                            /** @description Role code of who owns the practice */
                            ownerRole: string;
                            /** @description The place the practice holds for: one service, or the organisation when blank */
                            place?: string;
                            /** @description The practice library import the row came from */
                            provenance: {
                                /** @description The imported files the counted records came from */
                                batches: components["schemas"]["Batches2"][];
                                /** @description What one counted case is called, plural: "reviews", "actions due" */
                                noun?: string;
                                /** @description The records counted: "review records" */
                                records: string;
                                /** @description What was left out or narrowed: "planned meetings, debriefs excluded" */
                                recordsDetail?: string;
                                /** @description How many records the figure counted */
                                rows: number;
                            };
                            /** @description The service's reference when the practice holds for one service */
                            serviceRef?: string;
                            /** @description ISO date the practice has been in place since */
                            since: string;
                            /** @description The document or system where the practice is recorded */
                            source: string;
                            /** @description True when the last check is older than the freshness limit before the period ends */
                            stale: boolean;
                            /** @description The practice, in the present tense, in the organisation's own words */
                            text: string;
                            /** @description The topic the practice answers (a practice library topic id, such as `training` or `carers`) */
                            topic: string;
                            /** @description True when the practice holds for the whole organisation (no service given) */
                            wholeOrganisation?: boolean;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Every figure of the pack */
                        figures: ({
                            /** @description The latest record date behind the figure within its period (YYYY-MM-DD) */
                            asOf?: string;
                            /**
                             * @description Which way is better
                             * @enum {string}
                             */
                            better?: "higher" | "lower";
                            /** @description For one service's figure stated beside the whole's in an answer: the id of the whole's figure (its `place` names the service) */
                            breakdownOf?: string;
                            /** @description The figure catalogue entry this figure instantiates (enablement groups share one) */
                            catalogueId?: string;
                            /** @description For a share: the cases counted */
                            denominator?: number;
                            /** @description A detail figure (a breakdown that answers a question's specifics), not a headline figure */
                            detail?: boolean;
                            /** @description For a grouped detail figure: the recorded value it counts (a trigger, a level, a format) */
                            group?: string;
                            /** @description Stable id of the figure, cited by drafts and exports */
                            id: string;
                            /** @description What the figure measures, in words */
                            label: string;
                            /** @description For a share: the cases that met the condition */
                            numerator?: number;
                            /** @description For an enablement outcome group: the outcome itself */
                            outcome?: {
                                /** @description The measure when verified */
                                after: string;
                                /** @description The measure at the start of the work */
                                before: string;
                                /** @description The area of life the outcome is in */
                                domain: string;
                                /** @description What was measured */
                                measure: string;
                                /** @description How many people this outcome was verified for */
                                people: number;
                            };
                            /** @description The period the value covers */
                            period: string;
                            /** @description The place the value is stated for */
                            place?: string;
                            /** @description The value for the previous period, when there is one */
                            previous?: number | string | null;
                            /** @description Where the figure comes from, as data */
                            provenance?: {
                                /** @description The imported files the counted records came from */
                                batches: components["schemas"]["Batches2"][];
                                /** @description What one counted case is called, plural: "reviews", "actions due" */
                                noun?: string;
                                /** @description The records counted: "review records" */
                                records: string;
                                /** @description What was left out or narrowed: "planned meetings, debriefs excluded" */
                                recordsDetail?: string;
                                /** @description How many records the figure counted */
                                rows: number;
                            };
                            /** @description Range of a score figure */
                            scale?: {
                                /** @description Highest possible score */
                                max: number;
                                /** @description Lowest possible score */
                                min: number;
                            };
                            /** @description true when the denominator is too small to generalise from */
                            smallSample?: boolean;
                            /** @description Where the figure comes from, as one readable line */
                            source: string;
                            /** @description The service standard the figure measures against */
                            standardId?: string;
                            /** @description How the figure is named inside a sentence: lower case, no digits of its own */
                            subject?: string;
                            /** @description Question topics the figure evidences */
                            topics?: string[];
                            /** @description Why the value is null */
                            unavailableReason?: string;
                            /**
                             * @description The unit of value
                             * @enum {string}
                             */
                            unit: "percent" | "count" | "score" | "ratio" | "days" | "working days" | "hours" | "minutes" | "weeks" | "months";
                            /** @description null when the figure is unavailable (e.g. zero denominator); `unavailableReason` says why */
                            value: number | string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description The practice profile; packs written before it existed have none, and their practice statements go unchecked */
                        practices?: ({
                            /**
                             * @description `share`: held to the threshold; `occurrence`: one recorded case shows it (an offer or a log)
                             * @enum {string}
                             */
                            basis?: "share" | "occurrence";
                            /** @description Cases where it could be shown */
                            denominator: number;
                            /** @description Stable id of the practice */
                            id: string;
                            /** @description The practice, in words */
                            label: string;
                            /** @description What the denominator counts, plural: "complex reviews" */
                            noun?: string;
                            /** @description Cases that show the practice */
                            numerator: number;
                            /** @description The period the counts cover */
                            period: string;
                            /** @description The place the counts are stated for */
                            place?: string;
                            /** @description Where the counts come from */
                            provenance: {
                                /** @description The imported files the counted records came from */
                                batches: components["schemas"]["Batches2"][];
                                /** @description What one counted case is called, plural: "reviews", "actions due" */
                                noun?: string;
                                /** @description The records counted: "review records" */
                                records: string;
                                /** @description What was left out or narrowed: "planned meetings, debriefs excluded" */
                                recordsDetail?: string;
                                /** @description How many records the figure counted */
                                rows: number;
                            };
                            /** @description numerator / denominator as a percentage; null with a zero denominator */
                            share: number | null;
                            /** @description What the counted cases did, completing "3 of 4 complex reviews …": "were chaired by the Registered Manager" */
                            shown?: string;
                            /** @description The share, in percent, at or above which the practice counts as done */
                            threshold: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /**
                         * @description The organisation's service standards the figures are held to
                         * @default []
                         */
                        standards?: components["schemas"]["Standards"][];
                    } & {
                        [key: string]: unknown;
                    };
                    /** @description Validate against the organisation's evidence pack for this period */
                    period?: string;
                    /** @description With period: the services whose figures back the draft (default all) */
                    services?: string[];
                    /** @description The draft, as Markdown */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Every claim with its status, and whether all are backed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every numeric or practice claim of the draft, in order, with what backs it or what is wrong */
                        claims: components["schemas"]["Claims"][];
                        /** @description false when any claim is a mismatch or unsupported */
                        ok: boolean;
                    };
                };
            };
            /** @description The request does not match the schema; The request could not be read; The request cannot be processed as given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson2"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson3"];
                };
            };
            /** @description Not allowed for this caller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson4"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson5"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson6"];
                };
            };
            /** @description The request is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson7"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson8"];
                };
            };
            /** @description The import was rejected; The export gate found unverified content; The bid’s answers disagree with each other; The Idempotency-Key was used with a different request; An answer renders over its page limit; The period is outside the working-day calendar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson9"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson10"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson11"];
                };
            };
            /** @description The language model did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson12"];
                };
            };
            /** @description The document could not be rendered to count its pages; The service is not available; The server is too busy to take this request; The work exceeded its time or memory budget and was stopped */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationProblemJson13"];
                };
            };
        };
    };
}
