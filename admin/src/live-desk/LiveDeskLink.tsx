// The way to a live blog's desk from wherever stories are listed or edited; only live blogs
// have one, and only authors and up post on it.
import { useI18n } from "../i18n/i18n.tsx";
import { Link } from "../lib/router.tsx";
import { atLeast, useUser } from "../lib/session.tsx";

interface LiveDeskLinkProps {
  story: { id: number; kind: string; headline: string };
  /** In lists, the visible text is short and the headline completes the link's name. */
  named?: boolean;
  className?: string;
}

export function LiveDeskLink({ story, named, className }: LiveDeskLinkProps) {
  const { t } = useI18n();
  const user = useUser();
  if (story.kind !== "live" || !atLeast(user.role, "author")) return null;
  return (
    <Link to={`/stories/${story.id}/live`} className={className}>
      {t("desk.open")}
      {named && <span className="visually-hidden">: {story.headline || t("stories.untitled")}</span>}
    </Link>
  );
}
