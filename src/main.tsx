import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/App";
import { ErrorBoundary } from "./ui/ErrorBoundary";
import { announceTab } from "./storage/tabs";
import { installTrustedTypesPolicy } from "./pwa/trusted-types";
import { registerServiceWorker } from "./pwa/register";
import { UpdateNotice } from "./pwa/UpdateNotice";
import "./ui/styles.css";

// before any worker starts: under Trusted Types its script URL needs the policy
installTrustedTypesPolicy();
announceTab();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
    <UpdateNotice />
  </StrictMode>,
);
registerServiceWorker();
