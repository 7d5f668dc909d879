import { render } from "preact";
import { App } from "./app";
import "./styles.css";
import "./board_and_actions.css";
import "./projector.css";
import "./focus.css";
import "./agenda.css";
import "./programme.css";

render(<App />, document.getElementById("app")!);
