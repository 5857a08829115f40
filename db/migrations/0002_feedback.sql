ALTER TABLE "bookings" ADD COLUMN "feedback_revealed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "feedback_reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "rating_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "rating_sum" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "candidate_assessments_subject_idx" ON "candidate_assessments" USING btree ("subject_id","created_at");--> statement-breakpoint
CREATE INDEX "candidate_assessments_author_idx" ON "candidate_assessments" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "interviewer_reviews_subject_idx" ON "interviewer_reviews" USING btree ("subject_id","created_at");--> statement-breakpoint
CREATE INDEX "interviewer_reviews_author_idx" ON "interviewer_reviews" USING btree ("author_id","created_at");--> statement-breakpoint
ALTER TABLE "candidate_assessments" ADD CONSTRAINT "candidate_assessments_text_length" CHECK (length("candidate_assessments"."strengths") <= 2000 and length("candidate_assessments"."improvements") <= 2000);--> statement-breakpoint
ALTER TABLE "interviewer_reviews" ADD CONSTRAINT "interviewer_reviews_comment_length" CHECK (length("interviewer_reviews"."comment") <= 2000);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_rating_consistent" CHECK ("users"."rating_count" >= 0 and "users"."rating_sum" between "users"."rating_count" and 5 * "users"."rating_count");