-- The batch-extent triggers return at once from an update that changes no row's batch, row
-- number or date (the review facts the participant triggers write are such updates, one per
-- participant statement), instead of comparing the rows three times over. Same results.

CREATE OR REPLACE FUNCTION "review_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''review'', min(t."source_row"), max(t."source_row"), max(t."held_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "held_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "held_on" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''review'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "held_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "held_on" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''review'', min(t."source_row"), max(t."source_row"), max(t."held_on") FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "held_on" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "held_on" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "held_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "held_on" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
    -- A participant is dated by its review, so a moved review changes its participants'' extents.
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''participant'' AND e."batch_id" IN (
      SELECT pa."batch_id" FROM (SELECT "id", "held_on" FROM new_rows EXCEPT SELECT "id", "held_on" FROM old_rows) n JOIN "participant" pa ON pa."review_id" = n."id")\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''review'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "participant_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''participant'', min(t."source_row"), max(t."source_row"), max(r."held_on") FROM new_rows t JOIN "review" r ON r."id" = t."review_id"
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "review_id" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "review_id" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''participant'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "review_id" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "review_id" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''participant'', min(t."source_row"), max(t."source_row"), max(r."held_on") FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "review_id" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "review_id" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "review_id" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "review_id" FROM new_rows) o)) t JOIN "review" r ON r."id" = t."review_id"
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''participant'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "action_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''action'', min(t."source_row"), max(t."source_row"), max(t."due_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "due_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "due_on" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''action'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "due_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "due_on" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''action'', min(t."source_row"), max(t."source_row"), max(t."due_on") FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "due_on" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "due_on" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "due_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "due_on" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''action'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "advocate_referral_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''advocate_referral'', min(t."source_row"), max(t."source_row"), max(t."referred_at"::date) FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "referred_at" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "referred_at" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''advocate_referral'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "referred_at" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "referred_at" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''advocate_referral'', min(t."source_row"), max(t."source_row"), max(t."referred_at"::date) FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "referred_at" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "referred_at" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "referred_at" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "referred_at" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''advocate_referral'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "disagreement_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''disagreement'', min(t."source_row"), max(t."source_row"), max(t."logged_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "logged_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "logged_on" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''disagreement'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "logged_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "logged_on" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''disagreement'', min(t."source_row"), max(t."source_row"), max(t."logged_on") FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "logged_on" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "logged_on" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "logged_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "logged_on" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''disagreement'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "feedback_response_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''feedback_response'', min(t."source_row"), max(t."source_row"), max(t."responded_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "responded_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "responded_on" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''feedback_response'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "responded_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "responded_on" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''feedback_response'', min(t."source_row"), max(t."source_row"), max(t."responded_on") FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "responded_on" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "responded_on" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "responded_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "responded_on" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''feedback_response'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "feedback_change_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''feedback_change'', min(t."source_row"), max(t."source_row"), max(t."changed_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "changed_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "changed_on" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''feedback_change'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "changed_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "changed_on" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''feedback_change'', min(t."source_row"), max(t."source_row"), max(t."changed_on") FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "changed_on" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "changed_on" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "changed_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "changed_on" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''feedback_change'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "enablement_outcome_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''enablement_outcome'', min(t."source_row"), max(t."source_row"), max(coalesce(t."verified_on", t."started_on")) FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "verified_on", "started_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "verified_on", "started_on" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''enablement_outcome'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "verified_on", "started_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "verified_on", "started_on" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''enablement_outcome'', min(t."source_row"), max(t."source_row"), max(coalesce(t."verified_on", t."started_on")) FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "verified_on", "started_on" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "verified_on", "started_on" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "verified_on", "started_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "verified_on", "started_on" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''enablement_outcome'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "governance_sample_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''governance_sample'', min(t."source_row"), max(t."source_row"), max(t."sampled_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "sampled_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "sampled_on" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''governance_sample'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "sampled_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "sampled_on" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''governance_sample'', min(t."source_row"), max(t."source_row"), max(t."sampled_on") FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "sampled_on" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "sampled_on" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "sampled_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "sampled_on" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''governance_sample'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "person_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''person'', min(t."source_row"), max(t."source_row"), max(t."started_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row", "started_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "started_on" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''person'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "started_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "started_on" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''person'', min(t."source_row"), max(t."source_row"), max(t."started_on") FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row", "started_on" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row", "started_on" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row", "started_on" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row", "started_on" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''person'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE OR REPLACE FUNCTION "service_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''service'', min(t."source_row"), max(t."source_row"), max(NULL::date) FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    -- Most updates (the review facts the participant triggers write, values changed by an import) leave the extent alone.
    IF NOT EXISTS (SELECT "id", "batch_id", "source_row" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row" FROM new_rows) THEN
      RETURN NULL\073
    END IF\073
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''service'' AND e."batch_id" IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row" FROM new_rows) o)\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''service'', min(t."source_row"), max(t."source_row"), max(NULL::date) FROM (SELECT n.* FROM (SELECT "id", "batch_id", "source_row" FROM new_rows EXCEPT SELECT "id", "batch_id", "source_row" FROM old_rows) n
      WHERE n."batch_id" NOT IN (SELECT o."batch_id" FROM (SELECT "id", "batch_id", "source_row" FROM old_rows EXCEPT SELECT "id", "batch_id", "source_row" FROM new_rows) o)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''service'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';
