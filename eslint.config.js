import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "dist-cli", "node_modules", "test-results", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    // the core runs in Node and the browser alike: no React, no UI in it
    files: ["src/topics/**", "src/project/**", "src/document/**", "src/render/**", "src/format/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react-dom/*", "**/ui/**"],
              message: "Core modules stay free of React and UI.",
            },
          ],
        },
      ],
    },
  },
  {
    // renderers decide layout only: they see the document model, never the project or the topics
    files: ["src/render/**", "src/document/ir.ts", "src/document/words.ts", "src/document/text.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react-dom/*", "**/ui/**"],
              message: "Core modules stay free of React and UI.",
            },
            {
              group: ["**/project/**", "**/topics/**", "**/storage/**", "**/profiles", "**/export/**"],
              message:
                "The document model and its renderers know nothing of the project: every word comes in the model.",
            },
            {
              group: ["**/document/*", "!**/document/ir", "!**/document/words", "!**/document/text"],
              message: "Renderers read the document model (document/ir), never the assembler.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**", "src/cli/**", "test/**"],
    rules: { "no-console": "off" },
  },
);
