// The line under a related story's headline: its section and publication time, and its status
// when it is not (or no longer) published, since readers would then not see it.
import type { StoryRef } from "../api/types.ts";
import { StatusBadge } from "../components/StatusBadge.tsx";
import { useI18n } from "../i18n/i18n.tsx";

export function StoryRefMeta({ story }: { story: StoryRef }) {
  const { formatDateTime } = useI18n();
  return (
    <span className="muted small">
      {story.sectionName}
      {story.publishedAt && (
        <>
          {" · "}
          <time dateTime={story.publishedAt}>{formatDateTime(story.publishedAt)}</time>
        </>
      )}
      {story.status !== "published" && (
        <>
          {" "}
          <StatusBadge status={story.status} />
        </>
      )}
    </span>
  );
}
