// Picks the view from the URL fragment and provides the language.
import { useEffect, useState } from "preact/hooks";
import { LangContext, loadLang, saveLang } from "./i18n/i18n";
import type { Lang } from "./i18n/strings";
import { parseRoute } from "./route";
import { BoardMemberView } from "./views/board_member";
import { FacilitatorView } from "./views/facilitator";
import { HomeView } from "./views/home";
import { ParticipantView } from "./views/participant";
import { ProgrammeView } from "./views/programme";
import { ProjectorView } from "./views/projector";

export function App() {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  const [lang, setLangState] = useState<Lang>(loadLang);
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = (next: Lang) => {
    saveLang(next);
    setLangState(next);
  };
  const view = (() => {
    switch (route.view) {
      case "facilitator":
        return <FacilitatorView key={route.secret} secret={route.secret} />;
      case "participant":
        return <ParticipantView key={route.code} code={route.code} />;
      case "board":
        return <BoardMemberView key={route.code} code={route.code} />;
      case "projector":
        return <ProjectorView key={route.token} token={route.token} />;
      case "programme":
        return <ProgrammeView key={route.secret} secret={route.secret} />;
      default:
        return <HomeView />;
    }
  })();
  return <LangContext.Provider value={{ lang, setLang }}>{view}</LangContext.Provider>;
}
