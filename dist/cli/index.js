#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 940:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Argument = void 0;
class Argument {
    constructor(value, range) {
        this.value = value;
        this.range = range;
    }
    toString() {
        return this.value;
    }
    getRange() {
        return this.range;
    }
    getValue() {
        return this.value;
    }
    isAfter(position) {
        if (this.range.end.line < position.line) {
            return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
    }
    isBefore(position) {
        if (this.range.start.line < position.line) {
            return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
    }
}
exports.Argument = Argument;


/***/ }),

/***/ 22:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Comment = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const line_1 = __nccwpck_require__(5);
const util_1 = __nccwpck_require__(459);
class Comment extends line_1.Line {
    constructor(document, range) {
        super(document, range);
    }
    toString() {
        const content = this.getContent();
        if (content) {
            return "# " + content;
        }
        return "#";
    }
    /**
     * Returns the content of this comment. This excludes leading and
     * trailing whitespace as well as the # symbol. If the comment only
     * consists of whitespace, the empty string will be returned.
     */
    getContent() {
        let range = this.getContentRange();
        if (range === null) {
            return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    /**
     * Returns a range that includes the content of the comment
     * excluding any leading and trailing whitespace as well as the #
     * symbol. May return null if the comment only consists of whitespace
     * characters.
     */
    getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        // skip the first # symbol
        for (let i = 1; i < raw.length; i++) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start === -1) {
            return null;
        }
        // go backwards up to the first # symbol
        for (let i = raw.length - 1; i >= 1; i--) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                end = i + 1;
                break;
            }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
    }
}
exports.Comment = Comment;


/***/ }),

/***/ 933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Dockerfile = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const ast = __nccwpck_require__(390);
const imageTemplate_1 = __nccwpck_require__(520);
const from_1 = __nccwpck_require__(377);
const util_1 = __nccwpck_require__(459);
const main_1 = __nccwpck_require__(390);
class Dockerfile extends imageTemplate_1.ImageTemplate {
    constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        /**
         * Whether a FROM instruction has been added to this Dockerfile or not.
         */
        this.foundFrom = false;
        this.document = document;
    }
    getEscapeCharacter() {
        for (const directive of this.directives) {
            if (directive.getDirective() === ast.Directive.escape) {
                const value = directive.getValue();
                if (value === '\\' || value === '`') {
                    return value;
                }
            }
        }
        return '\\';
    }
    getInitialARGs() {
        return this.initialInstructions.getARGs();
    }
    getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
            // not inside the document, invalid position
            return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
            if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
                return this.initialInstructions;
            }
        }
        for (const buildStage of this.buildStages) {
            if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
                return buildStage;
            }
        }
        return this;
    }
    addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
            this.currentBuildStage = new imageTemplate_1.ImageTemplate();
            this.buildStages.push(this.currentBuildStage);
            this.foundFrom = true;
        }
        else if (!this.foundFrom) {
            this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
            this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
    }
    setDirectives(directives) {
        this.directives = directives;
    }
    getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
    }
    getDirectives() {
        return this.directives;
    }
    resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
            let range = from.getRange();
            if (range.start.line <= line && line <= range.end.line) {
                // resolve the FROM variable against the initial ARGs
                let initialARGs = new imageTemplate_1.ImageTemplate();
                for (let instruction of this.initialInstructions.getARGs()) {
                    initialARGs.addInstruction(instruction);
                }
                return initialARGs.resolveVariable(variable, line);
            }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return undefined;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
            // refers to an uninitialized ARG variable,
            // try resolving it against the initial ARGs then
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
                initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
    }
    getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
            let variables = [];
            for (let arg of this.getInitialARGs()) {
                let property = arg.getProperty();
                if (property) {
                    variables.push(property.getName());
                }
            }
            return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
    }
    getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
            return null;
        }
        for (const from of this.getFROMs()) {
            if (from.getBuildStage() === imageName) {
                const range = from.getRange();
                // on the same line then it's an image that shares the name as the build stage
                if (range.start.line === templateFrom.getRange().start.line) {
                    return null;
                }
                return this.getContainingImage(range.start);
            }
        }
        return null;
    }
    getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
            stages.splice(0, 0, stage);
            stage = this.getParentStage(stage);
        }
        return stages;
    }
    getAvailableWorkingDirectories(line) {
        const availableDirectories = new Set();
        for (const image of this.getStageHierarchy(line)) {
            for (const workdir of image.getWORKDIRs()) {
                if (workdir.getRange().end.line < line) {
                    let directory = workdir.getAbsolutePath();
                    if (directory !== undefined && directory !== null) {
                        if (!directory.endsWith("/")) {
                            directory += "/";
                        }
                        availableDirectories.add(directory);
                    }
                }
            }
        }
        return Array.from(availableDirectories);
    }
    /**
     * Internally reorganize the comments in the Dockerfile and allocate
     * them to the relevant build stages that they belong to.
     */
    organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (const buildStage of this.buildStages) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                        buildStage.addComment(comments[i]);
                    }
                }
            }
        }
    }
    getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
            if (instructions.length > 0) {
                range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
            }
        }
        else if (instructions.length === 0) {
            range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        }
        else {
            const commentStart = comments[0].getRange().start;
            const commentEnd = comments[comments.length - 1].getRange().end;
            const instructionStart = instructions[0].getRange().start;
            const instructionEnd = instructions[instructions.length - 1].getRange().end;
            if (commentStart.line < instructionStart.line) {
                if (commentEnd.line < instructionEnd.line) {
                    range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
                }
                range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
            }
            else if (commentEnd.line < instructionEnd.line) {
                range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
            }
            else {
                range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
            }
        }
        if (range === null) {
            if (this.directives.length === 0) {
                return null;
            }
            return this.directives[0].getRange();
        }
        else if (this.directives.length === 0) {
            return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
    }
}
exports.Dockerfile = Dockerfile;


/***/ }),

/***/ 458:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Flag = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const flagOption_1 = __nccwpck_require__(700);
class Flag {
    constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
            let offset = document.offsetAt(valueRange.start);
            let nameStart = -1;
            let valueStart = -1;
            let hasOptions = false;
            for (let i = 0; i < value.length; i++) {
                switch (value.charAt(i)) {
                    case '=':
                        hasOptions = true;
                        if (valueStart === -1) {
                            valueStart = i + 1;
                            break;
                        }
                        break;
                    case ',':
                        this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                        nameStart = -1;
                        valueStart = -1;
                        break;
                    default:
                        if (nameStart === -1) {
                            nameStart = i;
                        }
                        break;
                }
            }
            if (hasOptions && nameStart !== -1) {
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
            }
        }
    }
    createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
            return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
    }
    toString() {
        if (this.valueRange) {
            return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
    }
    /**
     * Returns the range that encompasses this entire flag. This includes the
     * -- prefix in the beginning to the last character of the flag's value (if
     * it has been defined).
     *
     * @return the entire range of this flag
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the name of this flag. The name does not include the -- prefix.
     * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
     * not --interval.
     *
     * @return this flag's name
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range that encompasses the flag's name
     *
     * @return the range containing the flag's name
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the value that has been set to this flag. May be null if the
     * flag is invalid and has no value set like a --start-period. If the flag
     * is instead a --start-period= with an equals sign then the flag's value
     * is the empty string.
     *
     * @return this flag's value if it has been defined, null otherwise
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns the range that encompasses this flag's value. If no value has
     * been set then null will be returned.
     *
     * @return the range containing this flag's value, or null if the flag
     *         has no value defined
     */
    getValueRange() {
        return this.valueRange;
    }
    getOption(name) {
        for (const option of this.options) {
            if (option.getName() === name) {
                return option;
            }
        }
        return null;
    }
    getOptions() {
        return this.options;
    }
    hasOptions() {
        return this.options.length > 0;
    }
}
exports.Flag = Flag;


/***/ }),

/***/ 700:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FlagOption = void 0;
class FlagOption {
    constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
    }
    toString() {
        if (this.valueRange !== null) {
            return this.name + "=" + this.value;
        }
        return this.name;
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
}
exports.FlagOption = FlagOption;


/***/ }),

/***/ 599:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Heredoc = void 0;
/**
 * Heredoc represents a here-document that has been embedded in a
 * Dockerfile.
 *
 * This API is experimental and subject to change.
 */
class Heredoc {
    constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
    }
    /**
     * Returns the name of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range of the start operator and the name. If the
     * here-document is initialized with <<EOT then the start range would
     * encompass all five characters.
     *
     * This API is experimental and subject to change.
     */
    getStartRange() {
        return this.startRange;
    }
    /**
     * Returns the range of this here-document's name that is declared at
     * the beginning of the here-document with the operator. If the
     * here-document is initialized with <<EOT then the name range would
     * encompass the latter three "EOT" characters.
     *
     * This API is experimental and subject to change.
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the content of this here-document. This may
     * be null if the here-document has no content because:
     * - the start range is the only thing that was declared
     * - the end range was declared immediately and there is no content
     *
     * This API is experimental and subject to change.
     */
    getContentRange() {
        return this.contentRange;
    }
    /**
     * Returns the range of the here-document's name on a line that
     * represents the end of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getDelimiterRange() {
        return this.endRange;
    }
}
exports.Heredoc = Heredoc;


/***/ }),

/***/ 520:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ImageTemplate = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const arg_1 = __nccwpck_require__(381);
const cmd_1 = __nccwpck_require__(517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(822);
const entrypoint_1 = __nccwpck_require__(835);
const from_1 = __nccwpck_require__(377);
const healthcheck_1 = __nccwpck_require__(167);
const onbuild_1 = __nccwpck_require__(554);
const util_1 = __nccwpck_require__(459);
const workdir_1 = __nccwpck_require__(529);
class ImageTemplate {
    constructor() {
        this.comments = [];
        this.instructions = [];
    }
    addComment(comment) {
        this.comments.push(comment);
    }
    getComments() {
        return this.comments;
    }
    addInstruction(instruction) {
        this.instructions.push(instruction);
    }
    getInstructions() {
        return this.instructions;
    }
    getInstructionAt(line) {
        for (let instruction of this.instructions) {
            if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the ARG instructions that are defined in this image.
     */
    getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof arg_1.Arg) {
                args.push(instruction);
            }
        }
        return args;
    }
    /**
     * Gets all the CMD instructions that are defined in this image.
     */
    getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof cmd_1.Cmd) {
                cmds.push(instruction);
            }
        }
        return cmds;
    }
    /**
     * Gets all the COPY instructions that are defined in this image.
     */
    getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof copy_1.Copy) {
                copies.push(instruction);
            }
        }
        return copies;
    }
    /**
     * Gets all the ENTRYPOINT instructions that are defined in this image.
     */
    getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof entrypoint_1.Entrypoint) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the ENV instructions that are defined in this image.
     */
    getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof env_1.Env) {
                args.push(instruction);
            }
        }
        return args;
    }
    getFROM() {
        for (const instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the FROM instructions that are defined in this image.
     */
    getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the HEALTHCHECK instructions that are defined in this image.
     */
    getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof healthcheck_1.Healthcheck) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
            if (instruction instanceof workdir_1.Workdir) {
                workdirs.push(instruction);
            }
        }
        return workdirs;
    }
    getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof onbuild_1.Onbuild) {
                let trigger = instruction.getTriggerInstruction();
                if (trigger) {
                    triggers.push(trigger);
                }
            }
        }
        return triggers;
    }
    getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
            if (arg.isBefore(currentLine)) {
                const property = arg.getProperty();
                if (property) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        for (const env of this.getENVs()) {
            if (env.isBefore(currentLine)) {
                for (const property of env.getProperties()) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        return variables;
    }
    /**
     * Resolves a variable with the given name at the specified line
     * to its value. If null is returned, then the variable has been
     * defined but no value was given. If undefined is returned, then
     * a variable with the given name has not been defined yet as of
     * the given line.
     *
     * @param variable the name of the variable to resolve
     * @param line the line number that the variable is on, zero-based
     * @return the value of the variable as defined by an ARG or ENV
     *         instruction, or null if no value has been specified, or
     *         undefined if a variable with the given name has not
     *         been defined
     */
    resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return property.getValue();
                    }
                }
            }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return property.getValue();
                }
            }
        }
        return undefined;
    }
    getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
            // all templates should have instructions, this only happens for
            // the initial set of instruction
            return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
    }
    contains(position) {
        const range = this.getRange();
        if (range === null) {
            return false;
        }
        return util_1.Util.isInsideRange(position, range);
    }
}
exports.ImageTemplate = ImageTemplate;


/***/ }),

/***/ 279:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Instruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const util_1 = __nccwpck_require__(459);
const line_1 = __nccwpck_require__(5);
const argument_1 = __nccwpck_require__(940);
const heredoc_1 = __nccwpck_require__(599);
const variable_1 = __nccwpck_require__(743);
const main_1 = __nccwpck_require__(390);
class Instruction extends line_1.Line {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
    }
    toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
            value += ' ';
            value += arg.getValue();
        }
        return value;
    }
    getRangeContent(range) {
        if (range === null) {
            return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    getInstructionRange() {
        return this.instructionRange;
    }
    getInstruction() {
        return this.instruction;
    }
    getKeyword() {
        return this.getInstruction().toUpperCase();
    }
    getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
    }
    getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
            return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        switch (fullArgs.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                if (startPosition !== null) {
                                    ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                                }
                                startPosition = null;
                                start = true;
                                comment = false;
                                i = j;
                                break whitespaceCheck;
                            default:
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                        startPosition = null;
                    }
                    start = true;
                    comment = false;
                    i += 2;
                }
                else if (next === '\n') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i++;
                }
                else {
                    i++;
                }
            }
            else if (util_1.Util.isNewline(char)) {
                if (comment) {
                    startPosition = null;
                    start = true;
                    comment = false;
                }
            }
            else {
                if (!comment) {
                    if (startPosition === null) {
                        if (char === '#') {
                            comment = true;
                            continue;
                        }
                        let position = this.document.positionAt(offset + i);
                        if (position.character !== 0) {
                            startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                        }
                    }
                    end = i;
                }
            }
        }
        if (startPosition === null) {
            // should only happen if the last argument is on its own line with
            // no leading whitespace
            ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        }
        else {
            ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
    }
    getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
    }
    getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
            content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
    }
    getArguments() {
        return this.getRawArguments();
    }
    getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        // determines whether the parser has found a space or tab
        // whitespace character that's a part of an escaped newline sequence
        let escapedWhitespaceDetected = false;
        // determines if the parser is currently in an escaped newline sequence
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (util_1.Util.isWhitespace(char)) {
                if (escaping) {
                    escapedWhitespaceDetected = true;
                    if (util_1.Util.isNewline(char)) {
                        // reached a newline, any previously
                        // detected whitespace should be ignored
                        escapedWhitespaceDetected = false;
                        if (comment) {
                            // reached a newline, no longer in a comment
                            comment = false;
                            start = true;
                        }
                    }
                    continue;
                }
                else if (found !== -1) {
                    if (escapeMarker === -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
                    }
                    else {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                    }
                    escapeMarker = -1;
                    escapedArg = "";
                    found = -1;
                }
            }
            else if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        let newlineCheck = fullArgs.charAt(j);
                        switch (newlineCheck) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                comment = false;
                                escaping = true;
                                start = true;
                                if (found !== -1) {
                                    escapeMarker = i;
                                }
                                i = j;
                                break whitespaceCheck;
                            default:
                                escapeMarker = i;
                                if (found === -1) {
                                    i = j - 1;
                                }
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i += 2;
                }
                else if (next === '\n') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i++;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapeMarker = -1;
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    if (next === '$') {
                        escapedArg = escapedArg + char + next;
                    }
                    else if (next === '') {
                        // reached EOF, stop processing
                        break;
                    }
                    else {
                        escapedArg = escapedArg + next;
                    }
                    if (found === -1) {
                        found = i;
                    }
                    i++;
                }
            }
            else if (!comment) {
                if (start && char === '#') {
                    comment = true;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    escapeMarker = -1;
                    escapedArg = escapedArg + char;
                    if (found === -1) {
                        found = i;
                    }
                }
                // non-whitespace character detected, reset
                start = false;
            }
        }
        if (found !== -1) {
            if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
            }
            else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
            }
        }
        return args;
    }
    getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
            const argRange = args[i].getRange();
            let offset = this.document.offsetAt(argRange.start);
            const variables = this.parseVariables(offset, args[i].getValue());
            const swaps = [];
            let requiresExpansion = false;
            for (let variable of variables) {
                const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
                swaps.push(value);
                requiresExpansion = requiresExpansion || value !== undefined;
            }
            if (requiresExpansion) {
                let expanded = "";
                for (let j = 0; j < swaps.length; j++) {
                    const variableRange = variables[j].getRange();
                    const start = this.document.offsetAt(variableRange.start);
                    const end = this.document.offsetAt(variableRange.end);
                    if (swaps[j]) {
                        // replace variable with its resolved value
                        expanded += this.document.getText().substring(offset, start);
                        expanded += swaps[j];
                        offset = end;
                    }
                    else {
                        expanded += this.document.getText().substring(offset, end);
                        offset = end;
                    }
                }
                const argEnd = this.document.offsetAt(argRange.end);
                if (argEnd !== offset) {
                    // if the variable's range doesn't match the argument,
                    // append the remaining text
                    expanded += this.document.getText().substring(offset, argEnd);
                }
                args[i] = new argument_1.Argument(expanded, argRange);
            }
        }
        return args;
    }
    getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
            let range = arg.getRange();
            let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
            const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
            for (const parsedVariable of parsedVariables) {
                variables.push(parsedVariable);
            }
        }
        return variables;
    }
    parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
            switch (arg.charAt(i)) {
                case this.escapeChar:
                    if (arg.charAt(i + 1) === '$') {
                        i++;
                    }
                    break;
                case '$':
                    if (arg.charAt(i + 1) === '{') {
                        let escapedString = "${";
                        let escapedName = "";
                        let nameEnd = -1;
                        let escapedSubstitutionParameter = "";
                        let substitutionStart = -1;
                        let substitutionEnd = -1;
                        let modifierRead = -1;
                        nameLoop: for (let j = i + 2; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    break;
                                case '}':
                                    escapedString += '}';
                                    let modifier = null;
                                    let modifierRange = null;
                                    let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                                    let substitutionRange = null;
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (nameEnd + 1 === j) {
                                        modifier = "";
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                                    }
                                    else {
                                        if (substitutionStart === -1) {
                                            // no substitution parameter found,
                                            // but a modifier character existed,
                                            // just offset the range by 1 from
                                            // the modifier character
                                            substitutionStart = modifierRead + 1;
                                            substitutionEnd = modifierRead + 1;
                                        }
                                        else {
                                            // offset one more from the last
                                            // character found
                                            substitutionEnd = substitutionEnd + 1;
                                        }
                                        modifier = arg.substring(modifierRead, modifierRead + 1);
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                                    }
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), escapedString));
                                    i = j;
                                    continue variableLoop;
                                case ':':
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += ':';
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += ':';
                                    break;
                                case '\n':
                                case '\r':
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    if (nameEnd === -1) {
                                        escapedName += char;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += char;
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += char;
                                    break;
                            }
                        }
                        // no } found, not a valid variable, stop processing
                        break variableLoop;
                    }
                    else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                        // $ followed by whitespace or EOF, ignore this variable
                        continue;
                    }
                    else {
                        let escapedName = "";
                        nameLoop: for (let j = i + 1; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case '\r':
                                case '\n':
                                case ' ':
                                case '\t':
                                    continue;
                                case '$':
                                case '\'':
                                case '"':
                                    let varStart = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                    i = j - 1;
                                    continue variableLoop;
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    // reached EOF after an escape character
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                                    break variableLoop;
                            }
                            if (char.match(/^[a-z0-9_]+$/i) === null) {
                                let varStart = this.document.positionAt(offset + i);
                                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                i = j - 1;
                                continue variableLoop;
                            }
                            escapedName += char;
                        }
                        let start = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                    }
                    break variableLoop;
            }
        }
        return variables;
    }
    isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
            for (const initialArg of this.dockerfile.getInitialARGs()) {
                const arg = initialArg;
                const property = arg.getProperty();
                if (property && variable === property.getName()) {
                    return true;
                }
            }
            return undefined;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return false;
                    }
                }
            }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return true;
                }
            }
        }
        return undefined;
    }
    createSingleLineHeredocs(args) {
        const heredocs = [];
        // instruction only on one line, if heredocs exist they would be incomplete
        for (const arg of args) {
            const value = arg.getValue();
            if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
            }
        }
        return heredocs;
    }
    getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                i = j + 1;
                                continue nameLoop;
                            case '\n':
                                i = j;
                                continue nameLoop;
                            default:
                                name += content.charAt(j);
                                i = j;
                                continue nameLoop;
                        }
                    }
                    break;
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue nameLoop;
                            }
                        }
                    }
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    if (escaping) {
                        break;
                    }
                default:
                    name += ch;
                    break;
            }
        }
        return name;
    }
    getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case '"':
                case '\'':
                    if (quote === ch) {
                        break contentLoop;
                    }
                    quote = ch;
                    continue;
                case this.escapeChar:
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case '\n':
                                escaping = true;
                                j = i;
                                continue contentLoop;
                        }
                    }
                    break;
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '<':
                    if (endFound) {
                        searchHyphen = true;
                    }
                    else {
                        endFound = true;
                    }
                    break;
                case '-':
                    if (searchHyphen) {
                        searchHyphen = false;
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (start === -1) {
                        start = i;
                    }
                    if (quote !== null) {
                        end = i + 1;
                        break;
                    }
                    break contentLoop;
            }
        }
        if (start === -1) {
            return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
    }
    getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                j++;
                            case '\n':
                                i = j;
                                continue contentLoop;
                            default:
                                i = j;
                                continue contentLoop;
                        }
                    }
                    break;
                case '\r':
                    break;
                case '\n':
                    if (escaping) {
                        break;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        contentEnd = i;
                        const arg = heredocDefinitions[currentHeredoc];
                        const startRange = arg.getRange();
                        const nameRange = this.getNameRange(startRange);
                        const name = this.getName(nameRange);
                        const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                        if (delimiterRange !== null) {
                            const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                            contentStart = -1;
                            currentHeredoc++;
                        }
                        lineStart = -1;
                    }
                    else {
                        // found a newline that hasn't been escaped,
                        // must be in a heredoc
                        const offsetLimit = startOffset + i;
                        for (const arg of args) {
                            // check if this argument is on the initial line of the instruction,
                            // note that it may not all be on the same line due to escaped newlines,
                            // because of that we need to use offset checks instead of line checks
                            // as an argument being on a different line in the document does not
                            // imply it is on a different line from the Dockerfile's point of view
                            if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                                if (arg.getValue().startsWith("<<")) {
                                    heredocDefinitions.push(arg);
                                }
                            }
                            else {
                                break;
                            }
                        }
                        heredocsProcessed = true;
                        lineStart = -1;
                        continue contentLoop;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaping) {
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (escaping) {
                        escaping = false;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        if (lineStart === -1) {
                            lineStart = i;
                        }
                    }
                    break;
            }
        }
        if (heredocsProcessed) {
            const arg = heredocDefinitions[currentHeredoc];
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            let contentRange = null;
            // check if the last line of this instruction matches the name of the last heredoc
            const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
            if (delimiterRange === null) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
            }
            else if (contentEnd !== -1) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
            }
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
            currentHeredoc++;
            for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
                currentHeredoc++;
            }
        }
        else {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        return heredocs;
    }
    getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
            // remove tabs in the front
            let index = 0;
            while (text.charAt(index) === '\t') {
                index++;
            }
            if (text.substring(index) === name) {
                return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
            }
            return null;
        }
        return text === name ? candidateRange : null;
    }
}
exports.Instruction = Instruction;


/***/ }),

/***/ 618:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Add = void 0;
const jsonInstruction_1 = __nccwpck_require__(305);
class Add extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
}
exports.Add = Add;


/***/ }),

/***/ 381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Arg = void 0;
const property_1 = __nccwpck_require__(602);
const propertyInstruction_1 = __nccwpck_require__(984);
class Arg extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
            this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        }
        else {
            this.property = null;
        }
    }
    /**
     * Returns the variable defined by this ARG. This may be null if
     * this ARG instruction is malformed and has no variable
     * declaration.
     */
    getProperty() {
        return this.property;
    }
}
exports.Arg = Arg;


/***/ }),

/***/ 517:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Cmd = void 0;
const jsonInstruction_1 = __nccwpck_require__(305);
class Cmd extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Cmd = Cmd;


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Copy = void 0;
const jsonInstruction_1 = __nccwpck_require__(305);
class Copy extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Copy = Copy;


/***/ }),

/***/ 835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Entrypoint = void 0;
const jsonInstruction_1 = __nccwpck_require__(305);
class Entrypoint extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Entrypoint = Entrypoint;


/***/ }),

/***/ 822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Env = void 0;
const propertyInstruction_1 = __nccwpck_require__(984);
class Env extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Env = Env;


/***/ }),

/***/ 377:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.From = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const modifiableInstruction_1 = __nccwpck_require__(393);
class From extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
    }
    /**
     * Returns the name of the image that will be used as the base image.
     *
     * @return the base image's name, or null if unspecified
     */
    getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
            return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
            const ch = imageName.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaped = true;
                    break;
                case '\r':
                    continue;
                case '\n':
                    commented = false;
                    break;
                case ' ':
                case '\t':
                    break;
                case '#':
                    if (escaped) {
                        commented = true;
                    }
                    else {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
                default:
                    if (!commented) {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
            }
        }
        return name;
    }
    /**
     * Returns the range that covers the name of the image used by
     * this instruction.
     *
     * @return the range of the name of this instruction's argument,
     *         or null if no image has been specified
     */
    getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
            let registryRange = this.getRegistryRange();
            if (registryRange) {
                range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
            }
            let tagRange = this.getImageTagRange();
            let digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            return range;
        }
        return null;
    }
    /**
     * Returns the range that covers the image argument of this
     * instruction. This includes the tag or digest of the image if
     * it has been specified by the instruction.
     *
     * @return the range of the image argument, or null if no image
     *         has been specified
     */
    getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
    }
    getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
    }
    /**
     * Returns the range in the document that the tag of the base
     * image encompasses.
     *
     * @return the base image's tag's range in the document, or null
     *         if no tag has been specified
     */
    getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
            const rangeStartOffset = this.document.offsetAt(range.start);
            const content = this.getRangeContent(range);
            const atIndex = this.indexOf(rangeStartOffset, content, '@');
            const slashIndex = content.indexOf('/');
            if (atIndex === -1) {
                const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
                if (colonIndex > slashIndex) {
                    return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
                }
            }
            const subcontent = content.substring(0, atIndex);
            const subcolonIndex = subcontent.indexOf(':');
            if (subcolonIndex === -1) {
                return null;
            }
            if (slashIndex === -1) {
                // slash not found suggests no registry and no namespace defined
                return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
            }
            // both colon and slash found, check if it is a port
            if (subcolonIndex < slashIndex) {
                return null;
            }
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
    }
    getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
    }
    /**
     * Returns the range in the document that the digest of the base
     * image encompasses.
     *
     * @return the base image's digest's range in the document, or null
     *         if no digest has been specified
     */
    getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
            let content = this.getRangeContent(range);
            let index = this.lastIndexOf(this.document.offsetAt(range.start), content, '@');
            if (index !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
            }
        }
        return null;
    }
    indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                const offset = this.document.offsetAt(variableRange.end) - documentOffset;
                const substring = content.substring(offset);
                const subIndex = substring.indexOf(searchString);
                if (subIndex === -1) {
                    return -1;
                }
                index = subIndex + offset;
                i = -1;
                continue;
            }
        }
        return index;
    }
    lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                index = content.substring(0, index).lastIndexOf(searchString);
                if (index === -1) {
                    return -1;
                }
                i = -1;
                continue;
            }
        }
        return index;
    }
    getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
    }
    getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
            const tagRange = this.getImageTagRange();
            const digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            const content = this.getRangeContent(range);
            const rangeStart = this.document.offsetAt(range.start);
            const startingSlashIndex = this.indexOf(rangeStart, content, '/');
            if (startingSlashIndex === -1) {
                return null;
            }
            const portIndex = this.indexOf(rangeStart, content, ':');
            const dotIndex = this.indexOf(rangeStart, content, '.');
            // hostname detected
            if (portIndex !== -1 || dotIndex !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
            const registry = content.substring(0, startingSlashIndex);
            // localhost registry detected
            if (registry === 'localhost') {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
        }
        return null;
    }
    getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
    }
    getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
            return args[2].getRange();
        }
        return null;
    }
    getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
    }
}
exports.From = From;


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Healthcheck = void 0;
const modifiableInstruction_1 = __nccwpck_require__(393);
class Healthcheck extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
    }
    getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
    }
}
exports.Healthcheck = Healthcheck;


/***/ }),

/***/ 871:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Label = void 0;
const propertyInstruction_1 = __nccwpck_require__(984);
const util_1 = __nccwpck_require__(459);
class Label extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        // iterate over all of this LABEL's properties
        for (const property of properties) {
            const value = property.getUnescapedValue();
            // check if the value is contained in single quotes,
            // single quotes would indicate a literal value
            if (value !== null && value.length > 2 && value.charAt(0) === '\'' && value.charAt(value.length - 1) === '\'') {
                const range = property.getValueRange();
                for (let i = 0; i < variables.length; i++) {
                    // if a variable is in a single quote, remove it from the list
                    if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                        variables.splice(i, 1);
                        i--;
                    }
                }
            }
        }
        return variables;
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Label = Label;


/***/ }),

/***/ 554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Onbuild = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const parser_1 = __nccwpck_require__(988);
const instruction_1 = __nccwpck_require__(279);
class Onbuild extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
    }
    getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
    }
    getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
    }
    getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
            return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
    }
}
exports.Onbuild = Onbuild;


/***/ }),

/***/ 224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Run = void 0;
const jsonInstruction_1 = __nccwpck_require__(305);
class Run extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Run = Run;


/***/ }),

/***/ 523:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Shell = void 0;
const jsonInstruction_1 = __nccwpck_require__(305);
class Shell extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Shell = Shell;


/***/ }),

/***/ 301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Stopsignal = void 0;
const instruction_1 = __nccwpck_require__(279);
class Stopsignal extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Stopsignal = Stopsignal;


/***/ }),

/***/ 998:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.User = void 0;
const instruction_1 = __nccwpck_require__(279);
class User extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.User = User;


/***/ }),

/***/ 347:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Volume = void 0;
const jsonInstruction_1 = __nccwpck_require__(305);
class Volume extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Volume = Volume;


/***/ }),

/***/ 529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Workdir = void 0;
const instruction_1 = __nccwpck_require__(279);
class Workdir extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    /**
     * Returns the path that has been defined. Note that this path may
     * be absolute or relative depending on what was written in the
     * instruction.
     *
     * @return the working directory's path, or null if this
     *         instruction has no arguments
     */
    getPath() {
        return this.getArgumentsContent();
    }
    /**
     * Returns the absolute path that this instruction resolves to. The
     * function will inspect prior WORKDIR instructions in the current
     * image or another build stage in the Dockerfile to try to
     * determine this.
     *
     * @return the absolute path of the working directory, or null if
     *         this instruction has no arguments, or undefined if it
     *         cannot be determined because only relative paths could be
     *         found
     */
    getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
            return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
            const workdirs = hierarchy[i].getWORKDIRs();
            for (let j = workdirs.length - 1; j >= 0; j--) {
                if (workdirs[j].getRange().start.line < startLine) {
                    const parent = workdirs[j].getAbsolutePath();
                    if (parent === undefined || parent === null) {
                        return undefined;
                    }
                    return parent.endsWith("/") ? parent + path : parent + "/" + path;
                }
            }
        }
        return undefined;
    }
}
exports.Workdir = Workdir;


/***/ }),

/***/ 702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONArgument = void 0;
const argument_1 = __nccwpck_require__(940);
class JSONArgument extends argument_1.Argument {
    constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
    }
    getJSONRange() {
        return this.jsonRange;
    }
    getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
    }
}
exports.JSONArgument = JSONArgument;


/***/ }),

/***/ 305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const argument_1 = __nccwpck_require__(940);
const jsonArgument_1 = __nccwpck_require__(702);
const modifiableInstruction_1 = __nccwpck_require__(393);
class JSONInstruction extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
            return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
            let argRange = args[0].getRange();
            this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
            this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
            return;
        }
        else if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') {
            this.openingBracket = args[0];
            this.closingBracket = args[1];
            return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
            let char = argsContent.charAt(i);
            switch (char) {
                case '[':
                    if (last === "") {
                        this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        last = '[';
                    }
                    else if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case '"':
                    if (last === '[' || last === ',') {
                        start = i;
                        quoted = true;
                        last = '"';
                        escapedArg = escapedArg + char;
                        continue;
                    }
                    else if (last === '"') {
                        if (quoted) {
                            escapedArg = escapedArg + char;
                            // quoted string done
                            quoted = false;
                            this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                            escapedArg = "";
                        }
                        else {
                            // should be a , or a ]
                            break argsCheck;
                        }
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case ',':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        if (last === '"') {
                            last = ',';
                        }
                        else {
                            break argsCheck;
                        }
                    }
                    break;
                case ']':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else if (last !== "") {
                        this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        break argsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                case '\\':
                    if (quoted) {
                        switch (argsContent.charAt(i + 1)) {
                            case '"':
                            case '\\':
                                escapedArg = escapedArg + argsContent.charAt(i + 1);
                                i++;
                                continue;
                            case ' ':
                            case '\t':
                                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                                    switch (argsContent.charAt(j)) {
                                        case '\r':
                                            // offset one more for \r\n
                                            j++;
                                        case '\n':
                                            i = j;
                                            continue argsCheck;
                                        case ' ':
                                        case '\t':
                                            break;
                                        default:
                                            break escapeCheck;
                                    }
                                }
                                break;
                            case '\r':
                                // offset one more for \r\n
                                i++;
                            default:
                                i++;
                                continue;
                        }
                    }
                    else {
                        escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                            switch (argsContent.charAt(j)) {
                                case '\r':
                                    // offset one more for \r\n
                                    j++;
                                case '\n':
                                    i = j;
                                    continue argsCheck;
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    break escapeCheck;
                            }
                        }
                    }
                    break argsCheck;
                default:
                    if (!quoted) {
                        break argsCheck;
                    }
                    escapedArg = escapedArg + char;
                    break;
            }
        }
    }
    stopSearchingForFlags(_value) {
        return true;
    }
    getOpeningBracket() {
        return this.openingBracket;
    }
    getJSONStrings() {
        return this.jsonStrings;
    }
    getClosingBracket() {
        return this.closingBracket;
    }
}
exports.JSONInstruction = JSONInstruction;


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Line = void 0;
class Line {
    constructor(document, range) {
        this.document = document;
        this.range = range;
    }
    getRange() {
        return this.range;
    }
    getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
    }
    isAfter(line) {
        return this.range.start.line > line.range.start.line;
    }
    isBefore(line) {
        return this.range.start.line < line;
    }
}
exports.Line = Line;


/***/ }),

/***/ 390:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
var argument_1 = __nccwpck_require__(940);
Object.defineProperty(exports, "Argument", ({ enumerable: true, get: function () { return argument_1.Argument; } }));
var jsonArgument_1 = __nccwpck_require__(702);
Object.defineProperty(exports, "JSONArgument", ({ enumerable: true, get: function () { return jsonArgument_1.JSONArgument; } }));
const comment_1 = __nccwpck_require__(22);
Object.defineProperty(exports, "Comment", ({ enumerable: true, get: function () { return comment_1.Comment; } }));
const parser_1 = __nccwpck_require__(988);
var flag_1 = __nccwpck_require__(458);
Object.defineProperty(exports, "Flag", ({ enumerable: true, get: function () { return flag_1.Flag; } }));
const instruction_1 = __nccwpck_require__(279);
Object.defineProperty(exports, "Instruction", ({ enumerable: true, get: function () { return instruction_1.Instruction; } }));
var line_1 = __nccwpck_require__(5);
Object.defineProperty(exports, "Line", ({ enumerable: true, get: function () { return line_1.Line; } }));
const parserDirective_1 = __nccwpck_require__(499);
Object.defineProperty(exports, "ParserDirective", ({ enumerable: true, get: function () { return parserDirective_1.ParserDirective; } }));
var property_1 = __nccwpck_require__(602);
Object.defineProperty(exports, "Property", ({ enumerable: true, get: function () { return property_1.Property; } }));
var variable_1 = __nccwpck_require__(743);
Object.defineProperty(exports, "Variable", ({ enumerable: true, get: function () { return variable_1.Variable; } }));
var add_1 = __nccwpck_require__(618);
Object.defineProperty(exports, "Add", ({ enumerable: true, get: function () { return add_1.Add; } }));
const arg_1 = __nccwpck_require__(381);
Object.defineProperty(exports, "Arg", ({ enumerable: true, get: function () { return arg_1.Arg; } }));
const cmd_1 = __nccwpck_require__(517);
Object.defineProperty(exports, "Cmd", ({ enumerable: true, get: function () { return cmd_1.Cmd; } }));
const copy_1 = __nccwpck_require__(444);
Object.defineProperty(exports, "Copy", ({ enumerable: true, get: function () { return copy_1.Copy; } }));
const entrypoint_1 = __nccwpck_require__(835);
Object.defineProperty(exports, "Entrypoint", ({ enumerable: true, get: function () { return entrypoint_1.Entrypoint; } }));
const env_1 = __nccwpck_require__(822);
Object.defineProperty(exports, "Env", ({ enumerable: true, get: function () { return env_1.Env; } }));
const from_1 = __nccwpck_require__(377);
Object.defineProperty(exports, "From", ({ enumerable: true, get: function () { return from_1.From; } }));
const healthcheck_1 = __nccwpck_require__(167);
Object.defineProperty(exports, "Healthcheck", ({ enumerable: true, get: function () { return healthcheck_1.Healthcheck; } }));
var heredoc_1 = __nccwpck_require__(599);
Object.defineProperty(exports, "Heredoc", ({ enumerable: true, get: function () { return heredoc_1.Heredoc; } }));
var jsonInstruction_1 = __nccwpck_require__(305);
Object.defineProperty(exports, "JSONInstruction", ({ enumerable: true, get: function () { return jsonInstruction_1.JSONInstruction; } }));
var label_1 = __nccwpck_require__(871);
Object.defineProperty(exports, "Label", ({ enumerable: true, get: function () { return label_1.Label; } }));
var modifiableInstruction_1 = __nccwpck_require__(393);
Object.defineProperty(exports, "ModifiableInstruction", ({ enumerable: true, get: function () { return modifiableInstruction_1.ModifiableInstruction; } }));
var onbuild_1 = __nccwpck_require__(554);
Object.defineProperty(exports, "Onbuild", ({ enumerable: true, get: function () { return onbuild_1.Onbuild; } }));
var propertyInstruction_1 = __nccwpck_require__(984);
Object.defineProperty(exports, "PropertyInstruction", ({ enumerable: true, get: function () { return propertyInstruction_1.PropertyInstruction; } }));
var run_1 = __nccwpck_require__(224);
Object.defineProperty(exports, "Run", ({ enumerable: true, get: function () { return run_1.Run; } }));
var shell_1 = __nccwpck_require__(523);
Object.defineProperty(exports, "Shell", ({ enumerable: true, get: function () { return shell_1.Shell; } }));
var stopsignal_1 = __nccwpck_require__(301);
Object.defineProperty(exports, "Stopsignal", ({ enumerable: true, get: function () { return stopsignal_1.Stopsignal; } }));
var user_1 = __nccwpck_require__(998);
Object.defineProperty(exports, "User", ({ enumerable: true, get: function () { return user_1.User; } }));
var volume_1 = __nccwpck_require__(347);
Object.defineProperty(exports, "Volume", ({ enumerable: true, get: function () { return volume_1.Volume; } }));
const workdir_1 = __nccwpck_require__(529);
Object.defineProperty(exports, "Workdir", ({ enumerable: true, get: function () { return workdir_1.Workdir; } }));
var Keyword;
(function (Keyword) {
    Keyword["ADD"] = "ADD";
    Keyword["ARG"] = "ARG";
    Keyword["CMD"] = "CMD";
    Keyword["COPY"] = "COPY";
    Keyword["ENTRYPOINT"] = "ENTRYPOINT";
    Keyword["ENV"] = "ENV";
    Keyword["EXPOSE"] = "EXPOSE";
    Keyword["FROM"] = "FROM";
    Keyword["HEALTHCHECK"] = "HEALTHCHECK";
    Keyword["LABEL"] = "LABEL";
    Keyword["MAINTAINER"] = "MAINTAINER";
    Keyword["ONBUILD"] = "ONBUILD";
    Keyword["RUN"] = "RUN";
    Keyword["SHELL"] = "SHELL";
    Keyword["STOPSIGNAL"] = "STOPSIGNAL";
    Keyword["USER"] = "USER";
    Keyword["VOLUME"] = "VOLUME";
    Keyword["WORKDIR"] = "WORKDIR";
})(Keyword || (exports.Keyword = Keyword = {}));
var Directive;
(function (Directive) {
    Directive["escape"] = "escape";
    Directive["syntax"] = "syntax";
})(Directive || (exports.Directive = Directive = {}));
exports.DefaultVariables = [
    "ALL_PROXY", "all_proxy",
    "FTP_PROXY", "ftp_proxy",
    "HTTP_PROXY", "http_proxy",
    "HTTPS_PROXY", "https_proxy",
    "NO_PROXY", "no_proxy"
];
var DockerfileParser;
(function (DockerfileParser) {
    function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
    }
    DockerfileParser.parse = parse;
})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {}));


/***/ }),

/***/ 393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ModifiableInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const flag_1 = __nccwpck_require__(458);
const instruction_1 = __nccwpck_require__(279);
class ModifiableInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getFlags() {
        if (!this.flags) {
            this.flags = [];
            for (let arg of this.getArguments()) {
                let value = arg.getValue();
                if (this.stopSearchingForFlags(value)) {
                    return this.flags;
                }
                else if (value.indexOf("--") === 0) {
                    let range = arg.getRange();
                    let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
                    let nameIndex = value.indexOf('=');
                    let index = rawValue.indexOf('=');
                    let firstMatch = false;
                    let secondMatch = false;
                    let startIndex = -1;
                    nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                        switch (rawValue.charAt(i)) {
                            case '\\':
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                                break;
                            case '-':
                                if (secondMatch) {
                                    startIndex = i;
                                    break nameSearchLoop;
                                }
                                else if (firstMatch) {
                                    secondMatch = true;
                                }
                                else {
                                    firstMatch = true;
                                }
                                break;
                            default:
                                startIndex = i;
                                break nameSearchLoop;
                        }
                    }
                    let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
                    if (index === -1) {
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
                    }
                    else if (index === value.length - 1) {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
                    }
                    else {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
                    }
                }
            }
        }
        return this.flags;
    }
    getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
            return args;
        }
        for (let i = 0; i < flags.length; i++) {
            args.shift();
        }
        return args;
    }
}
exports.ModifiableInstruction = ModifiableInstruction;


/***/ }),

/***/ 988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const vscode_languageserver_textdocument_1 = __nccwpck_require__(383);
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const comment_1 = __nccwpck_require__(22);
const parserDirective_1 = __nccwpck_require__(499);
const instruction_1 = __nccwpck_require__(279);
const add_1 = __nccwpck_require__(618);
const arg_1 = __nccwpck_require__(381);
const cmd_1 = __nccwpck_require__(517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(822);
const entrypoint_1 = __nccwpck_require__(835);
const from_1 = __nccwpck_require__(377);
const healthcheck_1 = __nccwpck_require__(167);
const label_1 = __nccwpck_require__(871);
const onbuild_1 = __nccwpck_require__(554);
const run_1 = __nccwpck_require__(224);
const shell_1 = __nccwpck_require__(523);
const stopsignal_1 = __nccwpck_require__(301);
const workdir_1 = __nccwpck_require__(529);
const user_1 = __nccwpck_require__(998);
const volume_1 = __nccwpck_require__(347);
const dockerfile_1 = __nccwpck_require__(933);
const util_1 = __nccwpck_require__(459);
const main_1 = __nccwpck_require__(390);
class Parser {
    constructor() {
        this.escapeChar = null;
    }
    static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
            case "ADD":
                return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ARG":
                return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "CMD":
                return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "COPY":
                return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENTRYPOINT":
                return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENV":
                return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "FROM":
                return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "HEALTHCHECK":
                return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "LABEL":
                return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ONBUILD":
                return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "RUN":
                return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "SHELL":
                return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "STOPSIGNAL":
                return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "WORKDIR":
                return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "USER":
                return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "VOLUME":
                return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
    }
    getParserDirectives(document, buffer) {
        // reset the escape directive in between runs
        const directives = [];
        this.escapeChar = '';
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
            switch (buffer.charAt(i)) {
                case ' ':
                case '\t':
                    break;
                case '\r':
                case '\n':
                    // blank lines stop the parsing of directives immediately
                    break directiveCheck;
                case '#':
                    let directiveStart = -1;
                    let directiveEnd = -1;
                    for (let j = i + 1; j < buffer.length; j++) {
                        let char = buffer.charAt(j);
                        switch (char) {
                            case ' ':
                            case '\t':
                                if (directiveStart !== -1 && directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                break;
                            case '\r':
                            case '\n':
                                break directiveCheck;
                            case '=':
                                let valueStart = -1;
                                let valueEnd = -1;
                                if (directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                // assume the line ends with the file
                                let lineEnd = buffer.length;
                                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                                    char = buffer.charAt(k);
                                    switch (char) {
                                        case '\r':
                                        case '\n':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            // line break found, reset
                                            lineEnd = k;
                                            break directiveValue;
                                        case '\t':
                                        case ' ':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            continue;
                                        default:
                                            if (valueStart === -1) {
                                                valueStart = k;
                                            }
                                            break;
                                    }
                                }
                                if (directiveStart === -1) {
                                    // no directive, it's a regular comment
                                    break directiveCheck;
                                }
                                if (valueStart === -1) {
                                    // no non-whitespace characters found, highlight all the characters then
                                    valueStart = j + 1;
                                    valueEnd = lineEnd;
                                }
                                else if (valueEnd === -1) {
                                    // reached EOF
                                    valueEnd = buffer.length;
                                }
                                const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                                const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                                const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                                directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                                directiveStart = -1;
                                if (buffer.charAt(valueEnd) === '\r') {
                                    // skip over the \r
                                    i = valueEnd + 1;
                                }
                                else {
                                    i = valueEnd;
                                }
                                continue directiveCheck;
                            default:
                                if (directiveStart === -1) {
                                    directiveStart = j;
                                }
                                break;
                        }
                    }
                    break;
                default:
                    break directiveCheck;
            }
        }
        return directives;
    }
    parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = '\\';
        if (directives.length > 0) {
            dockerfile.setDirectives(directives);
            this.escapeChar = dockerfile.getEscapeCharacter();
            // start parsing after the directives
            offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        }
        else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
            offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
            const char = this.buffer.charAt(i);
            switch (char) {
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '#':
                    i = this.processComment(dockerfile, i);
                    break;
                default:
                    i = this.processInstruction(dockerfile, char, i);
                    break;
            }
        }
        dockerfile.organizeComments();
        return dockerfile;
    }
    processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
            char = this.buffer.charAt(i);
            switch (char) {
                case this.escapeChar:
                    escapedInstruction = true;
                    char = this.buffer.charAt(i + 1);
                    if (char === '\r' || char === '\n') {
                        if (instructionEnd === -1) {
                            instructionEnd = i;
                        }
                        i++;
                    }
                    else if (char === ' ' || char === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    // found an argument, mark end of instruction
                                    instructionEnd = i + 1;
                                    instruction = instruction + this.escapeChar;
                                    i = j - 2;
                                    continue instructionCheck;
                            }
                        }
                        // reached EOF
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        break instructionCheck;
                    }
                    else {
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        // reset and consider it as one contiguous word
                        escapedInstruction = false;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escapedInstruction) {
                        // on an escaped newline, need to search for non-whitespace
                        escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    break escapeCheck;
                            }
                        }
                        escapedInstruction = false;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
                    return i;
                case '\r':
                case '\n':
                    if (escapedInstruction) {
                        continue;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
                    return i;
                case '#':
                    if (escapedInstruction) {
                        continue;
                    }
                default:
                    instructionEnd = i + 1;
                    instruction = instruction + char;
                    escapedInstruction = false;
                    break;
            }
        }
        // reached EOF
        if (instructionEnd === -1) {
            instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
    }
    processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
            instruction = instruction.getTriggerInstruction();
            if (instruction === null) {
                return offset;
            }
            keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
            return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
            const value = arg.getValue();
            if (value.startsWith("<<") && value.length > 2) {
                if (value.startsWith("<<-")) {
                    tabbed = true;
                }
                const name = util_1.Util.parseHeredocName(value);
                if (name !== null) {
                    heredocs.push(name);
                }
            }
        }
        if (heredocs.length > 0) {
            for (const heredoc of heredocs) {
                offset = this.parseHeredoc(heredoc, offset, tabbed);
            }
        }
        return offset;
    }
    processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    if (escaped) {
                        continue;
                    }
                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
                case this.escapeChar:
                    const next = this.buffer.charAt(i + 1);
                    if (next === '\n' || next === '\r') {
                        escaped = true;
                        i++;
                    }
                    else if (next === ' ' || next === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    escaped = true;
                                default:
                                    i = j;
                                    continue argumentsCheck;
                            }
                        }
                        // reached EOF
                        return this.buffer.length;
                    }
                    continue;
                case '#':
                    if (escaped) {
                        i = this.processComment(dockerfile, i);
                        continue argumentsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                default:
                    if (escaped) {
                        escaped = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    end = i;
                    break commentLoop;
            }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
    }
    parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case ' ':
                    lineStart = false;
                    break;
                case '\t':
                    if (!tabbed) {
                        lineStart = false;
                    }
                    break;
                case '\r':
                case '\n':
                    if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                        return i;
                    }
                    startWord = -1;
                    lineStart = true;
                    break;
                default:
                    if (lineStart) {
                        startWord = i;
                        lineStart = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
    }
}
exports.Parser = Parser;


/***/ }),

/***/ 499:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ParserDirective = void 0;
const main_1 = __nccwpck_require__(390);
const line_1 = __nccwpck_require__(5);
class ParserDirective extends line_1.Line {
    constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
    }
    toString() {
        return "# " + this.getName() + '=' + this.getValue();
    }
    getNameRange() {
        return this.nameRange;
    }
    getValueRange() {
        return this.valueRange;
    }
    getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
    }
    getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
    }
    getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === undefined ? null : directive;
    }
}
exports.ParserDirective = ParserDirective;


/***/ }),

/***/ 602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Property = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const util_1 = __nccwpck_require__(459);
class Property {
    constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = Property.getValue(value, escapeChar);
        if (arg2) {
            this.valueRange = arg2.getRange();
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = Property.getValue(value, escapeChar);
            this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        }
        else {
            let argRange = arg.getRange();
            if (this.nameRange.start.line === argRange.start.line
                && this.nameRange.start.character === argRange.start.character
                && this.nameRange.end.line === argRange.end.line
                && this.nameRange.end.character === argRange.end.character) {
            }
            else {
                this.valueRange = Property.getValueRange(document, arg);
                value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
                this.value = Property.getValue(value, escapeChar);
                this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
                this.assignmentOperator = "=";
            }
            this.range = argRange;
        }
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
    /**
     * Retrieves the operator used for delimiting between the name and
     * value of this property. This will either be the "=" character
     * or null if a character was not used or if this property has no
     * value defined.
     */
    getAssignmentOperator() {
        return this.assignmentOperator;
    }
    getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
    }
    /**
     * Returns the value of this property including any enclosing
     * single or double quotes and relevant escape characters.
     * Escaped newlines and its associated contiguous whitespace
     * characters however will not be returned as they are deemed to
     * be uninteresting to clients trying to return a Dockerfile.
     *
     * @return the unescaped value of this property or null if this
     *         property has no associated value
     */
    getUnescapedValue() {
        if (this.valueRange === null) {
            return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case this.escapeChar:
                    for (let j = i + 1; j < value.length; j++) {
                        switch (value.charAt(j)) {
                            case '\r':
                                j++;
                            case '\n':
                                escaped = true;
                                i = j;
                                continue rawLoop;
                            case ' ':
                            case '\t':
                                break;
                            default:
                                rawValue = rawValue + char;
                                continue rawLoop;
                        }
                    }
                    // this happens if there's only whitespace after the escape character
                    rawValue = rawValue + char;
                    break;
                case '\r':
                case '\n':
                    break;
                case ' ':
                case '\t':
                    if (!escaped) {
                        rawValue = rawValue + char;
                    }
                    break;
                case '#':
                    if (escaped) {
                        for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    continue rawLoop;
                            }
                        }
                    }
                    else {
                        rawValue = rawValue + char;
                    }
                    break;
                default:
                    rawValue = rawValue + char;
                    escaped = false;
                    break;
            }
        }
        return rawValue;
    }
    static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf('=');
        if (index !== -1) {
            let initial = value.charAt(0);
            let before = value.charAt(index - 1);
            // check if content before the equals sign are in quotes
            // "var"=value
            // 'var'=value
            // otherwise, just assume it's a standard definition
            // var=value
            if ((initial === '"' && before === '"') || (initial === '\'' && before === '\'') || (initial !== '"' && initial !== '\'')) {
                return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
            }
        }
        // no '=' found, just defined the property's name
        return arg.getRange();
    }
    static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf('=') + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
    }
    /**
     * Returns the actual value of this key-value pair. The value will
     * have its escape characters removed if applicable. If the value
     * spans multiple lines and there are comments nested within the
     * lines, they too will be removed.
     *
     * @return the value that this key-value pair will actually be, may
     *         be null if no value is defined, may be the empty string
     *         if the value only consists of whitespace
     */
    static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === '#') {
            // need to skip over comments
            escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === '\'' || first === '"';
        let inSingle = (first === '\'' && last === '\'');
        let inDouble = false;
        if (first === '"') {
            for (let i = 1; i < value.length; i++) {
                if (value.charAt(i) === escapeChar) {
                    i++;
                }
                else if (value.charAt(i) === '"' && i === value.length - 1) {
                    inDouble = true;
                }
            }
        }
        if (inSingle || inDouble) {
            value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case escapeChar:
                    if (i + 1 === value.length) {
                        escapedValue = escapedValue + escapeChar;
                        break parseValue;
                    }
                    char = value.charAt(i + 1);
                    if (char === ' ' || char === '\t') {
                        whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                            let char2 = value.charAt(j);
                            switch (char2) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                    j++;
                                case '\n':
                                    escaped = true;
                                    i = j;
                                    continue parseValue;
                                default:
                                    if (!inDouble && !inSingle && !literal) {
                                        if (char2 === escapeChar) {
                                            // add the escaped character
                                            escapedValue = escapedValue + char;
                                            // now start parsing from the next escape character
                                            i = i + 1;
                                        }
                                        else {
                                            // the expectation is that this j = i + 2 here
                                            escapedValue = escapedValue + char + char2;
                                            i = j;
                                        }
                                        continue parseValue;
                                    }
                                    break whitespaceCheck;
                            }
                        }
                    }
                    if (inDouble) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else if (char !== '"') {
                            if (char === escapeChar) {
                                i++;
                            }
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (inSingle || literal) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else {
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (char === escapeChar) {
                        // double escape, append one and move on
                        escapedValue = escapedValue + escapeChar;
                        i++;
                    }
                    else if (char === '\r') {
                        escaped = true;
                        // offset one more for \r\n
                        i = i + 2;
                    }
                    else if (char === '\n') {
                        escaped = true;
                        i++;
                        start = i;
                    }
                    else {
                        // any other escapes are simply ignored
                        escapedValue = escapedValue + char;
                        i++;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaped && commentCheck === -1) {
                        commentCheck = i;
                    }
                    escapedValue = escapedValue + char;
                    break;
                case '\r':
                    i++;
                case '\n':
                    if (escaped && commentCheck !== -1) {
                        // rollback and remove the whitespace that was previously appended
                        escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                        commentCheck = -1;
                    }
                    break;
                case '#':
                    // a newline was escaped and now there's a comment
                    if (escaped) {
                        if (commentCheck !== -1) {
                            // rollback and remove the whitespace that was previously appended
                            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                            commentCheck = -1;
                        }
                        newlineCheck: for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    break newlineCheck;
                            }
                        }
                        continue parseValue;
                    }
                default:
                    if (escaped) {
                        escaped = false;
                        commentCheck = -1;
                    }
                    escapedValue = escapedValue + char;
                    break;
            }
        }
        return escapedValue;
    }
}
exports.Property = Property;


/***/ }),

/***/ 984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(612);
const instruction_1 = __nccwpck_require__(279);
const property_1 = __nccwpck_require__(602);
const argument_1 = __nccwpck_require__(940);
const util_1 = __nccwpck_require__(459);
class PropertyInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = undefined;
    }
    getProperties() {
        if (this.properties === undefined) {
            let args = this.getPropertyArguments();
            if (args.length === 0) {
                this.properties = [];
            }
            else if (args.length === 1) {
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
            }
            else if (args.length === 2) {
                if (args[0].getValue().indexOf('=') === -1) {
                    this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
                }
                else {
                    this.properties = [
                        new property_1.Property(this.document, this.escapeChar, args[0]),
                        new property_1.Property(this.document, this.escapeChar, args[1])
                    ];
                }
            }
            else if (args[0].getValue().indexOf('=') === -1) {
                let text = this.document.getText();
                let start = args[1].getRange().start;
                let end = args[args.length - 1].getRange().end;
                text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
            }
            else {
                this.properties = [];
                for (let i = 0; i < args.length; i++) {
                    this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
                }
            }
        }
        return this.properties;
    }
    /**
     * Goes from the back of the string and returns the first
     * non-whitespace character that is found. If an escape character
     * is found with newline characters, the escape character will
     * not be considered a non-whitespace character and its index in
     * the string will not be returned.
     *
     * @param content the string to search through
     * @return the index in the string for the first non-whitespace
     *         character when searching from the end of the string
     */
    findTrailingNonWhitespace(content) {
        // loop back to find the first non-whitespace character
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case '\n':
                    if (content.charAt(i - 1) === '\r') {
                        i = i - 1;
                    }
                case '\r':
                    newlineCheck: for (let j = i - 1; j >= 0; j--) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                            case this.escapeChar:
                                continue;
                            default:
                                index = j;
                                break newlineCheck;
                        }
                    }
                    break whitespaceCheck;
                default:
                    index = i;
                    break whitespaceCheck;
            }
        }
        return index;
    }
    getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
            // only whitespace found, no arguments
            return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        // records whether the parser has just processed an escaped newline or not,
        // if our starting position is not on the same line as the instruction then
        // the start of the content is already on an escaped line
        let escaped = range.start.line !== startPosition.line;
        // flag to track if the last character was an escape character
        let endingEscape = false;
        // position before the first escape character was hit
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
            let char = content.charAt(i);
            switch (char) {
                case this.escapeChar:
                    if (i + 1 === content.length) {
                        endingEscape = true;
                        break argumentLoop;
                    }
                    if (!escaped) {
                        mark = i;
                    }
                    switch (content.charAt(i + 1)) {
                        case ' ':
                        case '\t':
                            if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                                // space was escaped, continue as normal
                                i = i + 1;
                                continue argumentLoop;
                            }
                            // whitespace encountered, need to figure out if it extends to EOL
                            whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                                switch (content.charAt(j)) {
                                    case '\r':
                                        // offset one more for \r\n
                                        j++;
                                    case '\n':
                                        // whitespace only, safe to skip
                                        escaped = true;
                                        i = j;
                                        continue argumentLoop;
                                    case ' ':
                                    case '\t':
                                        // ignore whitespace
                                        break;
                                    default:
                                        // whitespace doesn't extend to EOL, create an argument
                                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                                        argStart = j;
                                        break whitespaceCheck;
                                }
                            }
                            // go back and start processing the encountered non-whitespace character
                            i = argStart - 1;
                            continue argumentLoop;
                        case '\r':
                            // offset one more for \r\n
                            i++;
                        case '\n':
                            // immediately followed by a newline, skip the newline
                            escaped = true;
                            i = i + 1;
                            continue argumentLoop;
                        case this.escapeChar:
                            // double escape found, skip it and move on
                            if (argStart === -1) {
                                argStart = i;
                            }
                            i = i + 1;
                            continue argumentLoop;
                        default:
                            if (argStart === -1) {
                                argStart = i;
                            }
                            // non-whitespace encountered, skip the escape and process the
                            // character normally
                            continue argumentLoop;
                    }
                case '\'':
                case '"':
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    if (argStart === -1) {
                        argStart = i;
                    }
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case char:
                                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                                    // there is more content after this quote,
                                    // continue so that it is all processed as
                                    // one single argument
                                    i = j;
                                    continue argumentLoop;
                                }
                                args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                                i = j;
                                argStart = -1;
                                continue argumentLoop;
                            case this.escapeChar:
                                j++;
                                break;
                        }
                    }
                    break argumentLoop;
                case ' ':
                case '\t':
                    if (escaped) {
                        // consider there to be a space only if an argument
                        // is not spanning multiple lines
                        if (argStart !== -1) {
                            spaced = true;
                        }
                    }
                    else if (argStart !== -1) {
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                        argStart = -1;
                    }
                    break;
                case '\r':
                    // offset one more for \r\n
                    i++;
                case '\n':
                    spaced = false;
                    break;
                case '#':
                    if (escaped) {
                        // a newline was escaped and now there's a comment
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    spaced = false;
                                    continue argumentLoop;
                            }
                        }
                        // went to the end without finding a newline,
                        // the comment was the last line in the instruction,
                        // just stop parsing, create an argument if needed
                        if (argStart !== -1) {
                            let value = content.substring(argStart, mark);
                            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                            argStart = -1;
                        }
                        break argumentLoop;
                    }
                    else if (argStart === -1) {
                        argStart = i;
                    }
                    break;
                default:
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    escaped = false;
                    if (argStart === -1) {
                        argStart = i;
                    }
                    // variable detected
                    if (char === '$' && content.charAt(i + 1) === '{') {
                        let singleQuotes = false;
                        let doubleQuotes = false;
                        let escaped = false;
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case this.escapeChar:
                                    escaped = true;
                                    break;
                                case '\r':
                                case '\n':
                                    break;
                                case '\'':
                                    singleQuotes = !singleQuotes;
                                    escaped = false;
                                    break;
                                case '"':
                                    doubleQuotes = !doubleQuotes;
                                    escaped = false;
                                    break;
                                case ' ':
                                case '\t':
                                    if (escaped || singleQuotes || doubleQuotes) {
                                        break;
                                    }
                                    i = j - 1;
                                    continue argumentLoop;
                                case '}':
                                    i = j;
                                    continue argumentLoop;
                                default:
                                    escaped = false;
                                    break;
                            }
                        }
                        break argumentLoop;
                    }
                    break;
            }
        }
        if (argStart !== -1 && argStart !== content.length) {
            let end = endingEscape ? content.length - 1 : content.length;
            let value = content.substring(argStart, end);
            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
        }
        return args;
    }
    createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
            args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
    }
}
exports.PropertyInstruction = PropertyInstruction;


/***/ }),

/***/ 459:
/***/ ((__unused_webpack_module, exports) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Util = void 0;
class Util {
    static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 0xEF && uintArray[1] == 0xBB && uintArray[2] == 0xBF;
    }
    static isWhitespace(char) {
        return char === ' ' || char === '\t' || Util.isNewline(char);
    }
    static isNewline(char) {
        return char === '\r' || char === '\n';
    }
    static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case escapeChar:
                    escapeCheck: for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                // offset one more for \r\n
                                i = j + 1;
                                continue whitespaceCheck;
                            case '\n':
                                i = j;
                                continue whitespaceCheck;
                            default:
                                break escapeCheck;
                        }
                    }
                    // found an escape character and then reached EOF
                    return -1;
                default:
                    return i;
            }
        }
        // only possible if the content is the empty string
        return -1;
    }
    /**
     * Determines if the given position is contained within the given range.
     *
     * @param position the position to check
     * @param range the range to see if the position is inside of
     */
    static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
            return range.start.line === position.line
                && range.start.character <= position.character
                && position.character <= range.end.character;
        }
        else if (range.start.line === position.line) {
            return range.start.character <= position.character;
        }
        else if (range.end.line === position.line) {
            return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
    }
    static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === '-') {
            value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
            if (value.charAt(value.length - 1) !== '"') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === '\'') {
            if (value.charAt(value.length - 1) !== '\'') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
            return null;
        }
        return value;
    }
}
exports.Util = Util;


/***/ }),

/***/ 743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Variable = void 0;
class Variable {
    constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
    }
    toString() {
        return this.stringValue;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the entire variable. This includes the symbols for
     * the declaration of the variable such as the $, {, and } symbols.
     *
     * @return the range in the document that this variable encompasses in its
     *         entirety
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the modifier character that has been set for
     * specifying how this variable should be expanded and resolved.
     * If this variable is ${variable:+value} then the modifier
     * character is '+'. Will be the empty string if the variable is
     * declared as ${variable:}. Otherwise, will be null if this
     * variable will not use variable substitution at all (such as
     * ${variable} or $variable).
     *
     * @return this variable's modifier character, or the empty
     *         string if it does not have one, or null if this
     *         variable will not use variable substitution
     */
    getModifier() {
        return this.modifier;
    }
    getModifierRange() {
        return this.modifierRange;
    }
    /**
     * Returns the parameter that will be used for substitution if
     * this variable uses modifiers to define how its value should be
     * resolved. If this variable is ${variable:+value} then the
     * substitution value will be 'value'. Will be the empty string
     * if the variable is declared as ${variable:+} or some other
     * variant where the only thing that follows the modifier
     * character (excluding considerations of escape characters and
     * so on) is the variable's closing bracket. May be null if this
     * variable does not have a modifier character defined (such as
     * ${variable} or $variable).
     *
     * @return this variable's substitution parameter, or the empty
     *         string if it does not have one, or null if there is
     *         not one defined
     */
    getSubstitutionParameter() {
        return this.substitutionParameter;
    }
    getSubstitutionRange() {
        return this.substitutionRange;
    }
    /**
     * Returns whether this variable has been defined or not.
     *
     * @return true if this variable has been defined, false otherwise
     */
    isDefined() {
        return this.defined;
    }
    isBuildVariable() {
        return this.buildVariable === true;
    }
    isEnvironmentVariable() {
        return this.buildVariable === false;
    }
}
exports.Variable = Variable;


/***/ }),

/***/ 383:
/***/ (function(module, exports) {

var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function (require, exports) {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TextDocument = void 0;
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
                var change = changes_1[_i];
                if (FullTextDocument.isIncremental(change)) {
                    // makes sure start is before end
                    var range = getWellformedRange(change.range);
                    // update content
                    var startOffset = this.offsetAt(range.start);
                    var endOffset = this.offsetAt(range.end);
                    this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                    var insertedEndOffset = startOffset + change.text.length;
                    var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(startOffset) === 10 /* CharCode.LineFeed */;
                    var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(insertedEndOffset) === 10 /* CharCode.LineFeed */;
                    if (crlfAtStart || crlfAtEnd) {
                        // A CRLF pair across an edit boundary is not included in the inserted text's line offsets.
                        this._lineOffsets = undefined;
                        continue;
                    }
                    // update the offsets
                    var startLine = Math.max(range.start.line, 0);
                    var endLine = Math.max(range.end.line, 0);
                    var lineOffsets = this._lineOffsets;
                    var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                    if (endLine - startLine === addedLineOffsets.length) {
                        for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                        }
                    }
                    else {
                        if (addedLineOffsets.length < 10000) {
                            lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                        }
                        else { // avoid too many arguments for splice
                            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                        }
                    }
                    var diff = change.text.length - (endOffset - startOffset);
                    if (diff !== 0) {
                        for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                            lineOffsets[i] = lineOffsets[i] + diff;
                        }
                    }
                }
                else if (FullTextDocument.isFull(change)) {
                    this._content = change.text;
                    this._lineOffsets = undefined;
                }
                else {
                    throw new Error('Unknown change event received');
                }
            }
            this._version = version;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return { line: 0, character: offset };
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line: line, character: offset - lineOffsets[line] };
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
                return lineOffset;
            }
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
        };
        FullTextDocument.prototype.getLineRange = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                var lastLine = lineOffsets.length - 1;
                return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            }
            else if (line < 0) {
                return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line: line, character: 0 }, end: { line: line, character: endOffset - startOffset } };
        };
        FullTextDocument.prototype.getEOLCharacters = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                return '';
            }
            else if (line < 0) {
                return '';
            }
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
        };
        FullTextDocument.prototype.ensureBeforeEOL = function (offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
                offset--;
            }
            return offset;
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.isIncremental = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range !== undefined &&
                (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
        };
        FullTextDocument.isFull = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
        };
        return FullTextDocument;
    }());
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new text document.
         *
         * @param uri The document's uri.
         * @param languageId  The document's language Id.
         * @param version The document's initial version number.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Updates a TextDocument by modifying its content.
         *
         * @param document the document to update. Only documents created by TextDocument.create are valid inputs.
         * @param changes the changes to apply to the document.
         * @param version the changes version for the document.
         * @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
         *
         */
        function update(document, changes, version) {
            if (document instanceof FullTextDocument) {
                document.update(changes, version);
                return document;
            }
            else {
                throw new Error('TextDocument.update: document must be created by TextDocument.create');
            }
        }
        TextDocument.update = update;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits.map(getWellformedEdit), function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = 0;
            var spans = [];
            for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
                var e = sortedEdits_1[_i];
                var startOffset = document.offsetAt(e.range.start);
                if (startOffset < lastModifiedOffset) {
                    throw new Error('Overlapping edit');
                }
                else if (startOffset > lastModifiedOffset) {
                    spans.push(text.substring(lastModifiedOffset, startOffset));
                }
                if (e.newText.length) {
                    spans.push(e.newText);
                }
                lastModifiedOffset = document.offsetAt(e.range.end);
            }
            spans.push(text.substr(lastModifiedOffset));
            return spans.join('');
        }
        TextDocument.applyEdits = applyEdits;
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    function mergeSort(data, compare) {
        if (data.length <= 1) {
            // sorted
            return data;
        }
        var p = (data.length / 2) | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
                // smaller_equal -> take left to preserve order
                data[i++] = left[leftIdx++];
            }
            else {
                // greater -> take right
                data[i++] = right[rightIdx++];
            }
        }
        while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
        }
        return data;
    }
    function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) { textOffset = 0; }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
            var ch = text.charCodeAt(i);
            if (isEOL(ch)) {
                if (ch === 13 /* CharCode.CarriageReturn */ && i + 1 < text.length && text.charCodeAt(i + 1) === 10 /* CharCode.LineFeed */) {
                    i++;
                }
                result.push(textOffset + i + 1);
            }
        }
        return result;
    }
    function isEOL(char) {
        return char === 13 /* CharCode.CarriageReturn */ || char === 10 /* CharCode.LineFeed */;
    }
    function getWellformedRange(range) {
        var start = range.start;
        var end = range.end;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            return { start: end, end: start };
        }
        return range;
    }
    function getWellformedEdit(textEdit) {
        var range = getWellformedRange(textEdit.range);
        if (range !== textEdit.range) {
            return { newText: textEdit.newText, range: range };
        }
        return textEdit;
    }
});


/***/ }),

/***/ 612:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.TextDocument = exports.EOL = exports.WorkspaceFolder = exports.InlineCompletionContext = exports.SelectedCompletionInfo = exports.InlineCompletionTriggerKind = exports.InlineCompletionList = exports.InlineCompletionItem = exports.StringValue = exports.InlayHint = exports.InlayHintLabelPart = exports.InlayHintKind = exports.InlineValueContext = exports.InlineValueEvaluatableExpression = exports.InlineValueVariableLookup = exports.InlineValueText = exports.SemanticTokens = exports.SemanticTokenModifiers = exports.SemanticTokenTypes = exports.SelectionRange = exports.DocumentLink = exports.FormattingOptions = exports.CodeLens = exports.CodeAction = exports.CodeActionTag = exports.CodeActionContext = exports.CodeActionTriggerKind = exports.CodeActionKind = exports.DocumentSymbol = exports.WorkspaceSymbol = exports.SymbolInformation = exports.SymbolTag = exports.SymbolKind = exports.DocumentHighlight = exports.DocumentHighlightKind = exports.SignatureInformation = exports.ParameterInformation = exports.Hover = exports.MarkedString = exports.CompletionList = exports.CompletionItem = exports.CompletionItemLabelDetails = exports.ApplyKind = exports.InsertTextMode = exports.InsertReplaceEdit = exports.CompletionItemTag = exports.InsertTextFormat = exports.CompletionItemKind = exports.MarkupContent = exports.MarkupKind = exports.TextDocumentItem = exports.LanguageKind = exports.OptionalVersionedTextDocumentIdentifier = exports.VersionedTextDocumentIdentifier = exports.TextDocumentIdentifier = exports.WorkspaceChange = exports.SnippetTextEdit = exports.WorkspaceEdit = exports.DeleteFile = exports.RenameFile = exports.CreateFile = exports.TextDocumentEdit = exports.AnnotatedTextEdit = exports.ChangeAnnotationIdentifier = exports.ChangeAnnotation = exports.TextEdit = exports.Command = exports.Diagnostic = exports.CodeDescription = exports.DiagnosticTag = exports.DiagnosticSeverity = exports.DiagnosticRelatedInformation = exports.FoldingRange = exports.FoldingRangeKind = exports.ColorPresentation = exports.ColorInformation = exports.Color = exports.LocationLink = exports.Location = exports.Range = exports.Position = exports.uinteger = exports.integer = exports.URI = exports.DocumentUri = void 0;
    var DocumentUri;
    (function (DocumentUri) {
        function is(value) {
            return typeof value === 'string';
        }
        DocumentUri.is = is;
    })(DocumentUri || (exports.DocumentUri = DocumentUri = {}));
    var URI;
    (function (URI) {
        function is(value) {
            return typeof value === 'string';
        }
        URI.is = is;
    })(URI || (exports.URI = URI = {}));
    var integer;
    (function (integer) {
        integer.MIN_VALUE = -2147483648;
        integer.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
        }
        integer.is = is;
    })(integer || (exports.integer = integer = {}));
    var uinteger;
    (function (uinteger) {
        uinteger.MIN_VALUE = 0;
        uinteger.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
        }
        uinteger.is = is;
    })(uinteger || (exports.uinteger = uinteger = {}));
    /**
     * The Position namespace provides helper functions to work with
     * {@link Position} literals.
     */
    var Position;
    (function (Position) {
        /**
         * Creates a new Position literal from the given line and character.
         * @param line The position's line.
         * @param character The position's character.
         */
        function create(line, character) {
            if (line === Number.MAX_VALUE) {
                line = uinteger.MAX_VALUE;
            }
            if (character === Number.MAX_VALUE) {
                character = uinteger.MAX_VALUE;
            }
            return { line: line, character: character };
        }
        Position.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Position} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position.is = is;
    })(Position || (exports.Position = Position = {}));
    /**
     * The Range namespace provides helper functions to work with
     * {@link Range} literals.
     */
    var Range;
    (function (Range) {
        function create(one, two, three, four) {
            if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
                return { start: Position.create(one, two), end: Position.create(three, four) };
            }
            else if (Position.is(one) && Position.is(two)) {
                return { start: one, end: two };
            }
            else {
                throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
            }
        }
        Range.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Range} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range.is = is;
    })(Range || (exports.Range = Range = {}));
    /**
     * The Location namespace provides helper functions to work with
     * {@link Location} literals.
     */
    var Location;
    (function (Location) {
        /**
         * Creates a Location literal.
         * @param uri The location's uri.
         * @param range The location's range.
         */
        function create(uri, range) {
            return { uri: uri, range: range };
        }
        Location.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Location} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location.is = is;
    })(Location || (exports.Location = Location = {}));
    /**
     * The LocationLink namespace provides helper functions to work with
     * {@link LocationLink} literals.
     */
    var LocationLink;
    (function (LocationLink) {
        /**
         * Creates a LocationLink literal.
         * @param targetUri The definition's uri.
         * @param targetRange The full range of the definition.
         * @param targetSelectionRange The span of the symbol definition at the target.
         * @param originSelectionRange The span of the symbol being defined in the originating source file.
         */
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
            return { targetUri: targetUri, targetRange: targetRange, targetSelectionRange: targetSelectionRange, originSelectionRange: originSelectionRange };
        }
        LocationLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link LocationLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri)
                && Range.is(candidate.targetSelectionRange)
                && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink.is = is;
    })(LocationLink || (exports.LocationLink = LocationLink = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link Color} literals.
     */
    var Color;
    (function (Color) {
        /**
         * Creates a new Color literal.
         */
        function create(red, green, blue, alpha) {
            return {
                red: red,
                green: green,
                blue: blue,
                alpha: alpha,
            };
        }
        Color.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Color} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1)
                && Is.numberRange(candidate.green, 0, 1)
                && Is.numberRange(candidate.blue, 0, 1)
                && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color.is = is;
    })(Color || (exports.Color = Color = {}));
    /**
     * The ColorInformation namespace provides helper functions to work with
     * {@link ColorInformation} literals.
     */
    var ColorInformation;
    (function (ColorInformation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(range, color) {
            return {
                range: range,
                color: color,
            };
        }
        ColorInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation.is = is;
    })(ColorInformation || (exports.ColorInformation = ColorInformation = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link ColorPresentation} literals.
     */
    var ColorPresentation;
    (function (ColorPresentation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(label, textEdit, additionalTextEdits) {
            return {
                label: label,
                textEdit: textEdit,
                additionalTextEdits: additionalTextEdits,
            };
        }
        ColorPresentation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label)
                && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit))
                && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation.is = is;
    })(ColorPresentation || (exports.ColorPresentation = ColorPresentation = {}));
    /**
     * A set of predefined range kinds.
     */
    var FoldingRangeKind;
    (function (FoldingRangeKind) {
        /**
         * Folding range for a comment
         */
        FoldingRangeKind.Comment = 'comment';
        /**
         * Folding range for an import or include
         */
        FoldingRangeKind.Imports = 'imports';
        /**
         * Folding range for a region (e.g. `#region`)
         */
        FoldingRangeKind.Region = 'region';
    })(FoldingRangeKind || (exports.FoldingRangeKind = FoldingRangeKind = {}));
    /**
     * The folding range namespace provides helper functions to work with
     * {@link FoldingRange} literals.
     */
    var FoldingRange;
    (function (FoldingRange) {
        /**
         * Creates a new FoldingRange literal.
         */
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
            var result = {
                startLine: startLine,
                endLine: endLine
            };
            if (Is.defined(startCharacter)) {
                result.startCharacter = startCharacter;
            }
            if (Is.defined(endCharacter)) {
                result.endCharacter = endCharacter;
            }
            if (Is.defined(kind)) {
                result.kind = kind;
            }
            if (Is.defined(collapsedText)) {
                result.collapsedText = collapsedText;
            }
            return result;
        }
        FoldingRange.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FoldingRange} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine)
                && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter))
                && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter))
                && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange.is = is;
    })(FoldingRange || (exports.FoldingRange = FoldingRange = {}));
    /**
     * The DiagnosticRelatedInformation namespace provides helper functions to work with
     * {@link DiagnosticRelatedInformation} literals.
     */
    var DiagnosticRelatedInformation;
    (function (DiagnosticRelatedInformation) {
        /**
         * Creates a new DiagnosticRelatedInformation literal.
         */
        function create(location, message) {
            return {
                location: location,
                message: message
            };
        }
        DiagnosticRelatedInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation.is = is;
    })(DiagnosticRelatedInformation || (exports.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
    /**
     * The diagnostic's severity.
     */
    var DiagnosticSeverity;
    (function (DiagnosticSeverity) {
        /**
         * Reports an error.
         */
        DiagnosticSeverity.Error = 1;
        /**
         * Reports a warning.
         */
        DiagnosticSeverity.Warning = 2;
        /**
         * Reports an information.
         */
        DiagnosticSeverity.Information = 3;
        /**
         * Reports a hint.
         */
        DiagnosticSeverity.Hint = 4;
    })(DiagnosticSeverity || (exports.DiagnosticSeverity = DiagnosticSeverity = {}));
    /**
     * The diagnostic tags.
     *
     * @since 3.15.0
     */
    var DiagnosticTag;
    (function (DiagnosticTag) {
        /**
         * Unused or unnecessary code.
         *
         * Clients are allowed to render diagnostics with this tag faded out instead of having
         * an error squiggle.
         */
        DiagnosticTag.Unnecessary = 1;
        /**
         * Deprecated or obsolete code.
         *
         * Clients are allowed to rendered diagnostics with this tag strike through.
         */
        DiagnosticTag.Deprecated = 2;
    })(DiagnosticTag || (exports.DiagnosticTag = DiagnosticTag = {}));
    /**
     * The CodeDescription namespace provides functions to deal with descriptions for diagnostic codes.
     *
     * @since 3.16.0
     */
    var CodeDescription;
    (function (CodeDescription) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription.is = is;
    })(CodeDescription || (exports.CodeDescription = CodeDescription = {}));
    /**
     * The Diagnostic namespace provides helper functions to work with
     * {@link Diagnostic} literals.
     */
    var Diagnostic;
    (function (Diagnostic) {
        /**
         * Creates a new Diagnostic literal.
         */
        function create(range, message, severity, code, source, relatedInformation) {
            var result = { range: range, message: message };
            if (Is.defined(severity)) {
                result.severity = severity;
            }
            if (Is.defined(code)) {
                result.code = code;
            }
            if (Is.defined(source)) {
                result.source = source;
            }
            if (Is.defined(relatedInformation)) {
                result.relatedInformation = relatedInformation;
            }
            return result;
        }
        Diagnostic.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Diagnostic} interface.
         */
        function is(value) {
            var _a;
            var candidate = value;
            return Is.defined(candidate)
                && Range.is(candidate.range)
                && (Is.string(candidate.message) || MarkupContent.is(candidate.message))
                && (Is.number(candidate.severity) || Is.undefined(candidate.severity))
                && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code))
                && (Is.undefined(candidate.codeDescription) || (Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)))
                && (Is.string(candidate.source) || Is.undefined(candidate.source))
                && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic.is = is;
        /**
         * Checks whether the given diagnostic's message conforms to the 3.17.0
         * version of the protocol where the message is a string.
         *
         * @param value the diagnostic
         * @returns true if the diagnostic's message is a string, false otherwise.
         */
        function is3_17(value) {
            return Is.string(value.message);
        }
        Diagnostic.is3_17 = is3_17;
        /**
         * Gets the message string of a diagnostic. If the message is already a
         * string, it is returned as is. If the message is a MarkupContent,
         * the value of the MarkupContent is returned. Otherwise an error is thrown.
         *
         * @param diagnostic the diagnostic to get the message string from.
         * @returns the message string of the given diagnostic.
         */
        function getMessageString(diagnostic) {
            if (Is.string(diagnostic.message)) {
                return diagnostic.message;
            }
            else if (MarkupContent.is(diagnostic.message)) {
                return diagnostic.message.value;
            }
            else {
                throw new Error("Unknown message type ".concat(typeof diagnostic.message));
            }
        }
        Diagnostic.getMessageString = getMessageString;
    })(Diagnostic || (exports.Diagnostic = Diagnostic = {}));
    /**
     * The Command namespace provides helper functions to work with
     * {@link Command} literals.
     */
    var Command;
    (function (Command) {
        /**
         * Creates a new Command literal.
         */
        function create(title, command) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                args[_i - 2] = arguments[_i];
            }
            var result = { title: title, command: command };
            if (Is.defined(args) && args.length > 0) {
                result.arguments = args;
            }
            return result;
        }
        Command.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Command} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === undefined || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command.is = is;
    })(Command || (exports.Command = Command = {}));
    /**
     * The TextEdit namespace provides helper function to create replace,
     * insert and delete edits more easily.
     */
    var TextEdit;
    (function (TextEdit) {
        /**
         * Creates a replace text edit.
         * @param range The range of text to be replaced.
         * @param newText The new text.
         */
        function replace(range, newText) {
            return { range: range, newText: newText };
        }
        TextEdit.replace = replace;
        /**
         * Creates an insert text edit.
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         */
        function insert(position, newText) {
            return { range: { start: position, end: position }, newText: newText };
        }
        TextEdit.insert = insert;
        /**
         * Creates a delete text edit.
         * @param range The range of text to be deleted.
         */
        function del(range) {
            return { range: range, newText: '' };
        }
        TextEdit.del = del;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Is.string(candidate.newText)
                && Range.is(candidate.range);
        }
        TextEdit.is = is;
    })(TextEdit || (exports.TextEdit = TextEdit = {}));
    var ChangeAnnotation;
    (function (ChangeAnnotation) {
        function create(label, needsConfirmation, description) {
            var result = { label: label };
            if (needsConfirmation !== undefined) {
                result.needsConfirmation = needsConfirmation;
            }
            if (description !== undefined) {
                result.description = description;
            }
            return result;
        }
        ChangeAnnotation.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label) &&
                (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        ChangeAnnotation.is = is;
    })(ChangeAnnotation || (exports.ChangeAnnotation = ChangeAnnotation = {}));
    var ChangeAnnotationIdentifier;
    (function (ChangeAnnotationIdentifier) {
        function is(value) {
            var candidate = value;
            return Is.string(candidate);
        }
        ChangeAnnotationIdentifier.is = is;
    })(ChangeAnnotationIdentifier || (exports.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
    var AnnotatedTextEdit;
    (function (AnnotatedTextEdit) {
        /**
         * Creates an annotated replace text edit.
         *
         * @param range The range of text to be replaced.
         * @param newText The new text.
         * @param annotation The annotation.
         */
        function replace(range, newText, annotation) {
            return { range: range, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.replace = replace;
        /**
         * Creates an annotated insert text edit.
         *
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         * @param annotation The annotation.
         */
        function insert(position, newText, annotation) {
            return { range: { start: position, end: position }, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.insert = insert;
        /**
         * Creates an annotated delete text edit.
         *
         * @param range The range of text to be deleted.
         * @param annotation The annotation.
         */
        function del(range, annotation) {
            return { range: range, newText: '', annotationId: annotation };
        }
        AnnotatedTextEdit.del = del;
        function is(value) {
            var candidate = value;
            return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit.is = is;
    })(AnnotatedTextEdit || (exports.AnnotatedTextEdit = AnnotatedTextEdit = {}));
    /**
     * The TextDocumentEdit namespace provides helper function to create
     * an edit that manipulates a text document.
     */
    var TextDocumentEdit;
    (function (TextDocumentEdit) {
        /**
         * Creates a new `TextDocumentEdit`
         */
        function create(textDocument, edits) {
            return { textDocument: textDocument, edits: edits };
        }
        TextDocumentEdit.create = create;
        function is(value) {
            var candidate = value;
            return Is.defined(candidate)
                && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument)
                && Array.isArray(candidate.edits);
        }
        TextDocumentEdit.is = is;
    })(TextDocumentEdit || (exports.TextDocumentEdit = TextDocumentEdit = {}));
    var CreateFile;
    (function (CreateFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'create',
                uri: uri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        CreateFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'create' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile.is = is;
    })(CreateFile || (exports.CreateFile = CreateFile = {}));
    var RenameFile;
    (function (RenameFile) {
        function create(oldUri, newUri, options, annotation) {
            var result = {
                kind: 'rename',
                oldUri: oldUri,
                newUri: newUri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        RenameFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'rename' && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile.is = is;
    })(RenameFile || (exports.RenameFile = RenameFile = {}));
    var DeleteFile;
    (function (DeleteFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'delete',
                uri: uri
            };
            if (options !== undefined && (options.recursive !== undefined || options.ignoreIfNotExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        DeleteFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'delete' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.recursive === undefined || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === undefined || Is.boolean(candidate.options.ignoreIfNotExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile.is = is;
    })(DeleteFile || (exports.DeleteFile = DeleteFile = {}));
    var WorkspaceEdit;
    (function (WorkspaceEdit) {
        function is(value) {
            var candidate = value;
            return candidate &&
                (candidate.changes !== undefined || candidate.documentChanges !== undefined) &&
                (candidate.documentChanges === undefined || candidate.documentChanges.every(function (change) {
                    if (Is.string(change.kind)) {
                        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
                    }
                    else {
                        return TextDocumentEdit.is(change);
                    }
                }));
        }
        WorkspaceEdit.is = is;
    })(WorkspaceEdit || (exports.WorkspaceEdit = WorkspaceEdit = {}));
    var TextEditChangeImpl = /** @class */ (function () {
        function TextEditChangeImpl(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
        }
        TextEditChangeImpl.prototype.insert = function (position, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.insert(position, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.insert(position, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.replace = function (range, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.replace(range, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.replace(range, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.replace(range, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.delete = function (range, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.del(range);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.del(range, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.del(range, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.add = function (edit) {
            this.edits.push(edit);
        };
        TextEditChangeImpl.prototype.all = function () {
            return this.edits;
        };
        TextEditChangeImpl.prototype.clear = function () {
            this.edits.splice(0, this.edits.length);
        };
        TextEditChangeImpl.prototype.assertChangeAnnotations = function (value) {
            if (value === undefined) {
                throw new Error("Text edit change is not configured to manage change annotations.");
            }
        };
        return TextEditChangeImpl;
    }());
    var SnippetTextEdit;
    (function (SnippetTextEdit) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Range.is(candidate.range)
                && StringValue.isSnippet(candidate.snippet)
                && (candidate.annotationId === undefined ||
                    (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit.is = is;
    })(SnippetTextEdit || (exports.SnippetTextEdit = SnippetTextEdit = {}));
    /**
     * A helper class
     */
    var ChangeAnnotations = /** @class */ (function () {
        function ChangeAnnotations(annotations) {
            this._annotations = annotations === undefined ? Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
        }
        ChangeAnnotations.prototype.all = function () {
            return this._annotations;
        };
        Object.defineProperty(ChangeAnnotations.prototype, "size", {
            get: function () {
                return this._size;
            },
            enumerable: false,
            configurable: true
        });
        ChangeAnnotations.prototype.manage = function (idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
                id = idOrAnnotation;
            }
            else {
                id = this.nextId();
                annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== undefined) {
                throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === undefined) {
                throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
        };
        ChangeAnnotations.prototype.nextId = function () {
            this._counter++;
            return this._counter.toString();
        };
        return ChangeAnnotations;
    }());
    /**
     * A workspace change helps constructing changes to a workspace.
     */
    var WorkspaceChange = /** @class */ (function () {
        function WorkspaceChange(workspaceEdit) {
            var _this = this;
            this._textEditChanges = Object.create(null);
            if (workspaceEdit !== undefined) {
                this._workspaceEdit = workspaceEdit;
                if (workspaceEdit.documentChanges) {
                    this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                    workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    workspaceEdit.documentChanges.forEach(function (change) {
                        if (TextDocumentEdit.is(change)) {
                            var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                            _this._textEditChanges[change.textDocument.uri] = textEditChange;
                        }
                    });
                }
                else if (workspaceEdit.changes) {
                    Object.keys(workspaceEdit.changes).forEach(function (key) {
                        var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                        _this._textEditChanges[key] = textEditChange;
                    });
                }
            }
            else {
                this._workspaceEdit = {};
            }
        }
        Object.defineProperty(WorkspaceChange.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function () {
                this.initDocumentChanges();
                if (this._changeAnnotations !== undefined) {
                    if (this._changeAnnotations.size === 0) {
                        this._workspaceEdit.changeAnnotations = undefined;
                    }
                    else {
                        this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    }
                }
                return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
        });
        WorkspaceChange.prototype.getTextEditChange = function (key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
                this.initDocumentChanges();
                if (this._workspaceEdit.documentChanges === undefined) {
                    throw new Error('Workspace edit is not configured for document changes.');
                }
                var textDocument = { uri: key.uri, version: key.version };
                var result = this._textEditChanges[textDocument.uri];
                if (!result) {
                    var edits = [];
                    var textDocumentEdit = {
                        textDocument: textDocument,
                        edits: edits
                    };
                    this._workspaceEdit.documentChanges.push(textDocumentEdit);
                    result = new TextEditChangeImpl(edits, this._changeAnnotations);
                    this._textEditChanges[textDocument.uri] = result;
                }
                return result;
            }
            else {
                this.initChanges();
                if (this._workspaceEdit.changes === undefined) {
                    throw new Error('Workspace edit is not configured for normal text edit changes.');
                }
                var result = this._textEditChanges[key];
                if (!result) {
                    var edits = [];
                    this._workspaceEdit.changes[key] = edits;
                    result = new TextEditChangeImpl(edits);
                    this._textEditChanges[key] = result;
                }
                return result;
            }
        };
        WorkspaceChange.prototype.initDocumentChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._changeAnnotations = new ChangeAnnotations();
                this._workspaceEdit.documentChanges = [];
                this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
        };
        WorkspaceChange.prototype.initChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._workspaceEdit.changes = Object.create(null);
            }
        };
        WorkspaceChange.prototype.createFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = CreateFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.renameFile = function (oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = RenameFile.create(oldUri, newUri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.deleteFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = DeleteFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        return WorkspaceChange;
    }());
    exports.WorkspaceChange = WorkspaceChange;
    /**
     * The TextDocumentIdentifier namespace provides helper functions to work with
     * {@link TextDocumentIdentifier} literals.
     */
    var TextDocumentIdentifier;
    (function (TextDocumentIdentifier) {
        /**
         * Creates a new TextDocumentIdentifier literal.
         * @param uri The document's uri.
         */
        function create(uri) {
            return { uri: uri };
        }
        TextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier.is = is;
    })(TextDocumentIdentifier || (exports.TextDocumentIdentifier = TextDocumentIdentifier = {}));
    /**
     * The VersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link VersionedTextDocumentIdentifier} literals.
     */
    var VersionedTextDocumentIdentifier;
    (function (VersionedTextDocumentIdentifier) {
        /**
         * Creates a new VersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        VersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier.is = is;
    })(VersionedTextDocumentIdentifier || (exports.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
    /**
     * The OptionalVersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link OptionalVersionedTextDocumentIdentifier} literals.
     */
    var OptionalVersionedTextDocumentIdentifier;
    (function (OptionalVersionedTextDocumentIdentifier) {
        /**
         * Creates a new OptionalVersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        OptionalVersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (exports.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
    /**
     * Predefined Language kinds
     * @since 3.18.0
     */
    var LanguageKind;
    (function (LanguageKind) {
        LanguageKind.ABAP = 'abap';
        LanguageKind.WindowsBat = 'bat';
        LanguageKind.BibTeX = 'bibtex';
        LanguageKind.Clojure = 'clojure';
        LanguageKind.Coffeescript = 'coffeescript';
        LanguageKind.C = 'c';
        LanguageKind.CPP = 'cpp';
        LanguageKind.CSharp = 'csharp';
        LanguageKind.CSS = 'css';
        /**
         * @since 3.18.0
         */
        LanguageKind.D = 'd';
        /**
         * @since 3.18.0
         */
        LanguageKind.Delphi = 'pascal';
        LanguageKind.Diff = 'diff';
        LanguageKind.Dart = 'dart';
        LanguageKind.Dockerfile = 'dockerfile';
        LanguageKind.Elixir = 'elixir';
        LanguageKind.Erlang = 'erlang';
        LanguageKind.FSharp = 'fsharp';
        LanguageKind.GitCommit = 'git-commit';
        LanguageKind.GitRebase = 'git-rebase';
        LanguageKind.Go = 'go';
        LanguageKind.Groovy = 'groovy';
        LanguageKind.Handlebars = 'handlebars';
        LanguageKind.Haskell = 'haskell';
        LanguageKind.HTML = 'html';
        LanguageKind.Ini = 'ini';
        LanguageKind.Java = 'java';
        LanguageKind.JavaScript = 'javascript';
        LanguageKind.JavaScriptReact = 'javascriptreact';
        LanguageKind.JSON = 'json';
        LanguageKind.LaTeX = 'latex';
        LanguageKind.Less = 'less';
        LanguageKind.Lua = 'lua';
        LanguageKind.Makefile = 'makefile';
        LanguageKind.Markdown = 'markdown';
        LanguageKind.ObjectiveC = 'objective-c';
        LanguageKind.ObjectiveCPP = 'objective-cpp';
        /**
         * @since 3.18.0
         */
        LanguageKind.Pascal = 'pascal';
        LanguageKind.Perl = 'perl';
        LanguageKind.Perl6 = 'perl6';
        LanguageKind.PHP = 'php';
        LanguageKind.Plaintext = 'plaintext';
        LanguageKind.Powershell = 'powershell';
        LanguageKind.Pug = 'jade';
        LanguageKind.Python = 'python';
        LanguageKind.R = 'r';
        LanguageKind.Razor = 'razor';
        LanguageKind.Ruby = 'ruby';
        LanguageKind.Rust = 'rust';
        LanguageKind.SCSS = 'scss';
        LanguageKind.SASS = 'sass';
        LanguageKind.Scala = 'scala';
        LanguageKind.ShaderLab = 'shaderlab';
        LanguageKind.ShellScript = 'shellscript';
        LanguageKind.SQL = 'sql';
        LanguageKind.Swift = 'swift';
        LanguageKind.TypeScript = 'typescript';
        LanguageKind.TypeScriptReact = 'typescriptreact';
        LanguageKind.TeX = 'tex';
        LanguageKind.VisualBasic = 'vb';
        LanguageKind.XML = 'xml';
        LanguageKind.XSL = 'xsl';
        LanguageKind.YAML = 'yaml';
    })(LanguageKind || (exports.LanguageKind = LanguageKind = {}));
    /**
     * The TextDocumentItem namespace provides helper functions to work with
     * {@link TextDocumentItem} literals.
     */
    var TextDocumentItem;
    (function (TextDocumentItem) {
        /**
         * Creates a new TextDocumentItem literal.
         * @param uri The document's uri.
         * @param languageId The document's language identifier.
         * @param version The document's version number.
         * @param text The document's text.
         */
        function create(uri, languageId, version, text) {
            return { uri: uri, languageId: languageId, version: version, text: text };
        }
        TextDocumentItem.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem.is = is;
    })(TextDocumentItem || (exports.TextDocumentItem = TextDocumentItem = {}));
    /**
     * Describes the content type that a client supports in various
     * result literals like `Hover`, `ParameterInfo` or `CompletionItem`.
     *
     * Please note that `MarkupKinds` must not start with a `$`. This kinds
     * are reserved for internal usage.
     */
    var MarkupKind;
    (function (MarkupKind) {
        /**
         * Plain text is supported as a content format
         */
        MarkupKind.PlainText = 'plaintext';
        /**
         * Markdown is supported as a content format
         */
        MarkupKind.Markdown = 'markdown';
        /**
         * Checks whether the given value is a value of the {@link MarkupKind} type.
         */
        function is(value) {
            var candidate = value;
            return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
        }
        MarkupKind.is = is;
    })(MarkupKind || (exports.MarkupKind = MarkupKind = {}));
    var MarkupContent;
    (function (MarkupContent) {
        /**
         * Checks whether the given value conforms to the {@link MarkupContent} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent.is = is;
    })(MarkupContent || (exports.MarkupContent = MarkupContent = {}));
    /**
     * The kind of a completion entry.
     */
    var CompletionItemKind;
    (function (CompletionItemKind) {
        CompletionItemKind.Text = 1;
        CompletionItemKind.Method = 2;
        CompletionItemKind.Function = 3;
        CompletionItemKind.Constructor = 4;
        CompletionItemKind.Field = 5;
        CompletionItemKind.Variable = 6;
        CompletionItemKind.Class = 7;
        CompletionItemKind.Interface = 8;
        CompletionItemKind.Module = 9;
        CompletionItemKind.Property = 10;
        CompletionItemKind.Unit = 11;
        CompletionItemKind.Value = 12;
        CompletionItemKind.Enum = 13;
        CompletionItemKind.Keyword = 14;
        CompletionItemKind.Snippet = 15;
        CompletionItemKind.Color = 16;
        CompletionItemKind.File = 17;
        CompletionItemKind.Reference = 18;
        CompletionItemKind.Folder = 19;
        CompletionItemKind.EnumMember = 20;
        CompletionItemKind.Constant = 21;
        CompletionItemKind.Struct = 22;
        CompletionItemKind.Event = 23;
        CompletionItemKind.Operator = 24;
        CompletionItemKind.TypeParameter = 25;
    })(CompletionItemKind || (exports.CompletionItemKind = CompletionItemKind = {}));
    /**
     * Defines whether the insert text in a completion item should be interpreted as
     * plain text or a snippet.
     */
    var InsertTextFormat;
    (function (InsertTextFormat) {
        /**
         * The primary text to be inserted is treated as a plain string.
         */
        InsertTextFormat.PlainText = 1;
        /**
         * The primary text to be inserted is treated as a snippet.
         *
         * A snippet can define tab stops and placeholders with `$1`, `$2`
         * and `${3:foo}`. `$0` defines the final tab stop, it defaults to
         * the end of the snippet. Placeholders with equal identifiers are linked,
         * that is typing in one will update others too.
         *
         * See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
         */
        InsertTextFormat.Snippet = 2;
    })(InsertTextFormat || (exports.InsertTextFormat = InsertTextFormat = {}));
    /**
     * Completion item tags are extra annotations that tweak the rendering of a completion
     * item.
     *
     * @since 3.15.0
     */
    var CompletionItemTag;
    (function (CompletionItemTag) {
        /**
         * Render a completion as obsolete, usually using a strike-out.
         */
        CompletionItemTag.Deprecated = 1;
    })(CompletionItemTag || (exports.CompletionItemTag = CompletionItemTag = {}));
    /**
     * The InsertReplaceEdit namespace provides functions to deal with insert / replace edits.
     *
     * @since 3.16.0
     */
    var InsertReplaceEdit;
    (function (InsertReplaceEdit) {
        /**
         * Creates a new insert / replace edit
         */
        function create(newText, insert, replace) {
            return { newText: newText, insert: insert, replace: replace };
        }
        InsertReplaceEdit.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit.is = is;
    })(InsertReplaceEdit || (exports.InsertReplaceEdit = InsertReplaceEdit = {}));
    /**
     * How whitespace and indentation is handled during completion
     * item insertion.
     *
     * @since 3.16.0
     */
    var InsertTextMode;
    (function (InsertTextMode) {
        /**
         * The insertion or replace strings is taken as it is. If the
         * value is multi line the lines below the cursor will be
         * inserted using the indentation defined in the string value.
         * The client will not apply any kind of adjustments to the
         * string.
         */
        InsertTextMode.asIs = 1;
        /**
         * The editor adjusts leading whitespace of new lines so that
         * they match the indentation up to the cursor of the line for
         * which the item is accepted.
         *
         * Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
         * multi line completion item is indented using 2 tabs and all
         * following lines inserted will be indented using 2 tabs as well.
         */
        InsertTextMode.adjustIndentation = 2;
    })(InsertTextMode || (exports.InsertTextMode = InsertTextMode = {}));
    /**
     * Defines how values from a set of defaults and an individual item will be
     * merged.
     *
     * @since 3.18.0
     */
    var ApplyKind;
    (function (ApplyKind) {
        /**
         * The value from the individual item (if provided and not `null`) will be
         * used instead of the default.
         */
        ApplyKind.Replace = 1;
        /**
         * The value from the item will be merged with the default.
         *
         * The specific rules for mergeing values are defined against each field
         * that supports merging.
         */
        ApplyKind.Merge = 2;
    })(ApplyKind || (exports.ApplyKind = ApplyKind = {}));
    var CompletionItemLabelDetails;
    (function (CompletionItemLabelDetails) {
        function is(value) {
            var candidate = value;
            return candidate && (Is.string(candidate.detail) || candidate.detail === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        CompletionItemLabelDetails.is = is;
    })(CompletionItemLabelDetails || (exports.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
    /**
     * The CompletionItem namespace provides functions to deal with
     * completion items.
     */
    var CompletionItem;
    (function (CompletionItem) {
        /**
         * Create a completion item and seed it with a label.
         * @param label The completion item's label
         */
        function create(label) {
            return { label: label };
        }
        CompletionItem.create = create;
    })(CompletionItem || (exports.CompletionItem = CompletionItem = {}));
    /**
     * The CompletionList namespace provides functions to deal with
     * completion lists.
     */
    var CompletionList;
    (function (CompletionList) {
        /**
         * Creates a new completion list.
         *
         * @param items The completion items.
         * @param isIncomplete The list is not complete.
         */
        function create(items, isIncomplete) {
            return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList.create = create;
    })(CompletionList || (exports.CompletionList = CompletionList = {}));
    var MarkedString;
    (function (MarkedString) {
        /**
         * Creates a marked string from plain text.
         *
         * @param plainText The plain text.
         */
        function fromPlainText(plainText) {
            return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); // escape markdown syntax tokens: http://daringfireball.net/projects/markdown/syntax#backslash
        }
        MarkedString.fromPlainText = fromPlainText;
        /**
         * Checks whether the given value conforms to the {@link MarkedString} type.
         */
        function is(value) {
            var candidate = value;
            return Is.string(candidate) || (Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value));
        }
        MarkedString.is = is;
    })(MarkedString || (exports.MarkedString = MarkedString = {}));
    var Hover;
    (function (Hover) {
        /**
         * Checks whether the given value conforms to the {@link Hover} interface.
         */
        function is(value) {
            var candidate = value;
            return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) ||
                MarkedString.is(candidate.contents) ||
                Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === undefined || Range.is(value.range));
        }
        Hover.is = is;
    })(Hover || (exports.Hover = Hover = {}));
    /**
     * The ParameterInformation namespace provides helper functions to work with
     * {@link ParameterInformation} literals.
     */
    var ParameterInformation;
    (function (ParameterInformation) {
        /**
         * Creates a new parameter information literal.
         *
         * @param label A label string.
         * @param documentation A doc string.
         */
        function create(label, documentation) {
            return documentation ? { label: label, documentation: documentation } : { label: label };
        }
        ParameterInformation.create = create;
    })(ParameterInformation || (exports.ParameterInformation = ParameterInformation = {}));
    /**
     * The SignatureInformation namespace provides helper functions to work with
     * {@link SignatureInformation} literals.
     */
    var SignatureInformation;
    (function (SignatureInformation) {
        function create(label, documentation) {
            var parameters = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                parameters[_i - 2] = arguments[_i];
            }
            var result = { label: label };
            if (Is.defined(documentation)) {
                result.documentation = documentation;
            }
            if (Is.defined(parameters)) {
                result.parameters = parameters;
            }
            else {
                result.parameters = [];
            }
            return result;
        }
        SignatureInformation.create = create;
    })(SignatureInformation || (exports.SignatureInformation = SignatureInformation = {}));
    /**
     * A document highlight kind.
     */
    var DocumentHighlightKind;
    (function (DocumentHighlightKind) {
        /**
         * A textual occurrence.
         */
        DocumentHighlightKind.Text = 1;
        /**
         * Read-access of a symbol, like reading a variable.
         */
        DocumentHighlightKind.Read = 2;
        /**
         * Write-access of a symbol, like writing to a variable.
         */
        DocumentHighlightKind.Write = 3;
    })(DocumentHighlightKind || (exports.DocumentHighlightKind = DocumentHighlightKind = {}));
    /**
     * DocumentHighlight namespace to provide helper functions to work with
     * {@link DocumentHighlight} literals.
     */
    var DocumentHighlight;
    (function (DocumentHighlight) {
        /**
         * Create a DocumentHighlight object.
         * @param range The range the highlight applies to.
         * @param kind The highlight kind
         */
        function create(range, kind) {
            var result = { range: range };
            if (Is.number(kind)) {
                result.kind = kind;
            }
            return result;
        }
        DocumentHighlight.create = create;
    })(DocumentHighlight || (exports.DocumentHighlight = DocumentHighlight = {}));
    /**
     * A symbol kind.
     */
    var SymbolKind;
    (function (SymbolKind) {
        SymbolKind.File = 1;
        SymbolKind.Module = 2;
        SymbolKind.Namespace = 3;
        SymbolKind.Package = 4;
        SymbolKind.Class = 5;
        SymbolKind.Method = 6;
        SymbolKind.Property = 7;
        SymbolKind.Field = 8;
        SymbolKind.Constructor = 9;
        SymbolKind.Enum = 10;
        SymbolKind.Interface = 11;
        SymbolKind.Function = 12;
        SymbolKind.Variable = 13;
        SymbolKind.Constant = 14;
        SymbolKind.String = 15;
        SymbolKind.Number = 16;
        SymbolKind.Boolean = 17;
        SymbolKind.Array = 18;
        SymbolKind.Object = 19;
        SymbolKind.Key = 20;
        SymbolKind.Null = 21;
        SymbolKind.EnumMember = 22;
        SymbolKind.Struct = 23;
        SymbolKind.Event = 24;
        SymbolKind.Operator = 25;
        SymbolKind.TypeParameter = 26;
    })(SymbolKind || (exports.SymbolKind = SymbolKind = {}));
    /**
     * Symbol tags are extra annotations that tweak the rendering of a symbol.
     *
     * @since 3.16
     */
    var SymbolTag;
    (function (SymbolTag) {
        /**
         * Render a symbol as obsolete, usually using a strike-out.
         */
        SymbolTag.Deprecated = 1;
    })(SymbolTag || (exports.SymbolTag = SymbolTag = {}));
    var SymbolInformation;
    (function (SymbolInformation) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the location of the symbol.
         * @param uri The resource of the location of symbol.
         * @param containerName The name of the symbol containing the symbol.
         */
        function create(name, kind, range, uri, containerName) {
            var result = {
                name: name,
                kind: kind,
                location: { uri: uri, range: range }
            };
            if (containerName) {
                result.containerName = containerName;
            }
            return result;
        }
        SymbolInformation.create = create;
    })(SymbolInformation || (exports.SymbolInformation = SymbolInformation = {}));
    var WorkspaceSymbol;
    (function (WorkspaceSymbol) {
        /**
         * Create a new workspace symbol.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param uri The resource of the location of the symbol.
         * @param range An options range of the location.
         * @returns A WorkspaceSymbol.
         */
        function create(name, kind, uri, range) {
            return range !== undefined
                ? { name: name, kind: kind, location: { uri: uri, range: range } }
                : { name: name, kind: kind, location: { uri: uri } };
        }
        WorkspaceSymbol.create = create;
    })(WorkspaceSymbol || (exports.WorkspaceSymbol = WorkspaceSymbol = {}));
    var DocumentSymbol;
    (function (DocumentSymbol) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param detail The detail of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the symbol.
         * @param selectionRange The selectionRange of the symbol.
         * @param children Children of the symbol.
         */
        function create(name, detail, kind, range, selectionRange, children) {
            var result = {
                name: name,
                detail: detail,
                kind: kind,
                range: range,
                selectionRange: selectionRange
            };
            if (children !== undefined) {
                result.children = children;
            }
            return result;
        }
        DocumentSymbol.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate &&
                Is.string(candidate.name) && Is.number(candidate.kind) &&
                Range.is(candidate.range) && Range.is(candidate.selectionRange) &&
                (candidate.detail === undefined || Is.string(candidate.detail)) &&
                (candidate.deprecated === undefined || Is.boolean(candidate.deprecated)) &&
                (candidate.children === undefined || Array.isArray(candidate.children)) &&
                (candidate.tags === undefined || Array.isArray(candidate.tags));
        }
        DocumentSymbol.is = is;
    })(DocumentSymbol || (exports.DocumentSymbol = DocumentSymbol = {}));
    /**
     * A set of predefined code action kinds
     */
    var CodeActionKind;
    (function (CodeActionKind) {
        /**
         * Empty kind.
         */
        CodeActionKind.Empty = '';
        /**
         * Base kind for quickfix actions: 'quickfix'
         */
        CodeActionKind.QuickFix = 'quickfix';
        /**
         * Base kind for refactoring actions: 'refactor'
         */
        CodeActionKind.Refactor = 'refactor';
        /**
         * Base kind for refactoring extraction actions: 'refactor.extract'
         *
         * Example extract actions:
         *
         * - Extract method
         * - Extract function
         * - Extract variable
         * - Extract interface from class
         * - ...
         */
        CodeActionKind.RefactorExtract = 'refactor.extract';
        /**
         * Base kind for refactoring inline actions: 'refactor.inline'
         *
         * Example inline actions:
         *
         * - Inline function
         * - Inline variable
         * - Inline constant
         * - ...
         */
        CodeActionKind.RefactorInline = 'refactor.inline';
        /**
         * Base kind for refactoring move actions: `refactor.move`
         *
         * Example move actions:
         *
         * - Move a function to a new file
         * - Move a property between classes
         * - Move method to base class
         * - ...
         *
         * @since 3.18.0
         */
        CodeActionKind.RefactorMove = 'refactor.move';
        /**
         * Base kind for refactoring rewrite actions: 'refactor.rewrite'
         *
         * Example rewrite actions:
         *
         * - Convert JavaScript function to class
         * - Add or remove parameter
         * - Encapsulate field
         * - Make method static
         * - Move method to base class
         * - ...
         */
        CodeActionKind.RefactorRewrite = 'refactor.rewrite';
        /**
         * Base kind for source actions: `source`
         *
         * Source code actions apply to the entire file.
         */
        CodeActionKind.Source = 'source';
        /**
         * Base kind for an organize imports source action: `source.organizeImports`
         */
        CodeActionKind.SourceOrganizeImports = 'source.organizeImports';
        /**
         * Base kind for auto-fix source actions: `source.fixAll`.
         *
         * Fix all actions automatically fix errors that have a clear fix that do not require user input.
         * They should not suppress errors or perform unsafe fixes such as generating new types or classes.
         *
         * @since 3.15.0
         */
        CodeActionKind.SourceFixAll = 'source.fixAll';
        /**
         * Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
         * this should always begin with `notebook.`
         *
         * @since 3.18.0
         */
        CodeActionKind.Notebook = 'notebook';
    })(CodeActionKind || (exports.CodeActionKind = CodeActionKind = {}));
    /**
     * The reason why code actions were requested.
     *
     * @since 3.17.0
     */
    var CodeActionTriggerKind;
    (function (CodeActionTriggerKind) {
        /**
         * Code actions were explicitly requested by the user or by an extension.
         */
        CodeActionTriggerKind.Invoked = 1;
        /**
         * Code actions were requested automatically.
         *
         * This typically happens when current selection in a file changes, but can
         * also be triggered when file content changes.
         */
        CodeActionTriggerKind.Automatic = 2;
    })(CodeActionTriggerKind || (exports.CodeActionTriggerKind = CodeActionTriggerKind = {}));
    /**
     * The CodeActionContext namespace provides helper functions to work with
     * {@link CodeActionContext} literals.
     */
    var CodeActionContext;
    (function (CodeActionContext) {
        /**
         * Creates a new CodeActionContext literal.
         */
        function create(diagnostics, only, triggerKind) {
            var result = { diagnostics: diagnostics };
            if (only !== undefined && only !== null) {
                result.only = only;
            }
            if (triggerKind !== undefined && triggerKind !== null) {
                result.triggerKind = triggerKind;
            }
            return result;
        }
        CodeActionContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is)
                && (candidate.only === undefined || Is.typedArray(candidate.only, Is.string))
                && (candidate.triggerKind === undefined || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext.is = is;
    })(CodeActionContext || (exports.CodeActionContext = CodeActionContext = {}));
    /**
     * Code action tags are extra annotations that tweak the behavior of a code action.
     *
     * @since 3.18.0
     */
    var CodeActionTag;
    (function (CodeActionTag) {
        /**
         * Marks the code action as LLM-generated.
         */
        CodeActionTag.LLMGenerated = 1;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionTag} interface.
         */
        function is(value) {
            return Is.defined(value) && value === CodeActionTag.LLMGenerated;
        }
        CodeActionTag.is = is;
    })(CodeActionTag || (exports.CodeActionTag = CodeActionTag = {}));
    var CodeAction;
    (function (CodeAction) {
        function create(title, kindOrCommandOrEdit, kind) {
            var result = { title: title };
            var checkKind = true;
            if (typeof kindOrCommandOrEdit === 'string') {
                checkKind = false;
                result.kind = kindOrCommandOrEdit;
            }
            else if (Command.is(kindOrCommandOrEdit)) {
                result.command = kindOrCommandOrEdit;
            }
            else {
                result.edit = kindOrCommandOrEdit;
            }
            if (checkKind && kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        CodeAction.create = create;
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.title) &&
                (candidate.diagnostics === undefined || Is.typedArray(candidate.diagnostics, Diagnostic.is)) &&
                (candidate.kind === undefined || Is.string(candidate.kind)) &&
                (candidate.edit !== undefined || candidate.command !== undefined) &&
                (candidate.command === undefined || Command.is(candidate.command)) &&
                (candidate.isPreferred === undefined || Is.boolean(candidate.isPreferred)) &&
                (candidate.edit === undefined || WorkspaceEdit.is(candidate.edit)) &&
                (candidate.tags === undefined || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction.is = is;
    })(CodeAction || (exports.CodeAction = CodeAction = {}));
    /**
     * The CodeLens namespace provides helper functions to work with
     * {@link CodeLens} literals.
     */
    var CodeLens;
    (function (CodeLens) {
        /**
         * Creates a new CodeLens literal.
         */
        function create(range, data) {
            var result = { range: range };
            if (Is.defined(data)) {
                result.data = data;
            }
            return result;
        }
        CodeLens.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeLens} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens.is = is;
    })(CodeLens || (exports.CodeLens = CodeLens = {}));
    /**
     * The FormattingOptions namespace provides helper functions to work with
     * {@link FormattingOptions} literals.
     */
    var FormattingOptions;
    (function (FormattingOptions) {
        /**
         * Creates a new FormattingOptions literal.
         */
        function create(tabSize, insertSpaces) {
            return { tabSize: tabSize, insertSpaces: insertSpaces };
        }
        FormattingOptions.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FormattingOptions} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions.is = is;
    })(FormattingOptions || (exports.FormattingOptions = FormattingOptions = {}));
    /**
     * The DocumentLink namespace provides helper functions to work with
     * {@link DocumentLink} literals.
     */
    var DocumentLink;
    (function (DocumentLink) {
        /**
         * Creates a new DocumentLink literal.
         */
        function create(range, target, data) {
            return { range: range, target: target, data: data };
        }
        DocumentLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink.is = is;
    })(DocumentLink || (exports.DocumentLink = DocumentLink = {}));
    /**
     * The SelectionRange namespace provides helper function to work with
     * SelectionRange literals.
     */
    var SelectionRange;
    (function (SelectionRange) {
        /**
         * Creates a new SelectionRange
         * @param range the range.
         * @param parent an optional parent.
         */
        function create(range, parent) {
            return { range: range, parent: parent };
        }
        SelectionRange.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === undefined || SelectionRange.is(candidate.parent));
        }
        SelectionRange.is = is;
    })(SelectionRange || (exports.SelectionRange = SelectionRange = {}));
    /**
     * A set of predefined token types. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenTypes;
    (function (SemanticTokenTypes) {
        SemanticTokenTypes["namespace"] = "namespace";
        /**
         * Represents a generic type. Acts as a fallback for types which can't be mapped to
         * a specific type like class or enum.
         */
        SemanticTokenTypes["type"] = "type";
        SemanticTokenTypes["class"] = "class";
        SemanticTokenTypes["enum"] = "enum";
        SemanticTokenTypes["interface"] = "interface";
        SemanticTokenTypes["struct"] = "struct";
        SemanticTokenTypes["typeParameter"] = "typeParameter";
        SemanticTokenTypes["parameter"] = "parameter";
        SemanticTokenTypes["variable"] = "variable";
        SemanticTokenTypes["property"] = "property";
        SemanticTokenTypes["enumMember"] = "enumMember";
        SemanticTokenTypes["event"] = "event";
        SemanticTokenTypes["function"] = "function";
        SemanticTokenTypes["method"] = "method";
        SemanticTokenTypes["macro"] = "macro";
        SemanticTokenTypes["keyword"] = "keyword";
        SemanticTokenTypes["modifier"] = "modifier";
        SemanticTokenTypes["comment"] = "comment";
        SemanticTokenTypes["string"] = "string";
        SemanticTokenTypes["number"] = "number";
        SemanticTokenTypes["regexp"] = "regexp";
        SemanticTokenTypes["operator"] = "operator";
        /**
         * @since 3.17.0
         */
        SemanticTokenTypes["decorator"] = "decorator";
        /**
         * @since 3.18.0
         */
        SemanticTokenTypes["label"] = "label";
    })(SemanticTokenTypes || (exports.SemanticTokenTypes = SemanticTokenTypes = {}));
    /**
     * A set of predefined token modifiers. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenModifiers;
    (function (SemanticTokenModifiers) {
        SemanticTokenModifiers["declaration"] = "declaration";
        SemanticTokenModifiers["definition"] = "definition";
        SemanticTokenModifiers["readonly"] = "readonly";
        SemanticTokenModifiers["static"] = "static";
        SemanticTokenModifiers["deprecated"] = "deprecated";
        SemanticTokenModifiers["abstract"] = "abstract";
        SemanticTokenModifiers["async"] = "async";
        SemanticTokenModifiers["modification"] = "modification";
        SemanticTokenModifiers["documentation"] = "documentation";
        SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (exports.SemanticTokenModifiers = SemanticTokenModifiers = {}));
    /**
     * @since 3.16.0
     */
    var SemanticTokens;
    (function (SemanticTokens) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && (candidate.resultId === undefined || typeof candidate.resultId === 'string') &&
                Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === 'number');
        }
        SemanticTokens.is = is;
    })(SemanticTokens || (exports.SemanticTokens = SemanticTokens = {}));
    /**
     * The InlineValueText namespace provides functions to deal with InlineValueTexts.
     *
     * @since 3.17.0
     */
    var InlineValueText;
    (function (InlineValueText) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, text) {
            return { range: range, text: text };
        }
        InlineValueText.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText.is = is;
    })(InlineValueText || (exports.InlineValueText = InlineValueText = {}));
    /**
     * The InlineValueVariableLookup namespace provides functions to
     * deal with InlineValueVariableLookups.
     *
     * @since 3.17.0
     */
    var InlineValueVariableLookup;
    (function (InlineValueVariableLookup) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, variableName, caseSensitiveLookup) {
            return { range: range, variableName: variableName, caseSensitiveLookup: caseSensitiveLookup };
        }
        InlineValueVariableLookup.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup)
                && (Is.string(candidate.variableName) || candidate.variableName === undefined);
        }
        InlineValueVariableLookup.is = is;
    })(InlineValueVariableLookup || (exports.InlineValueVariableLookup = InlineValueVariableLookup = {}));
    /**
     * The InlineValueEvaluatableExpression namespace provides functions to deal with InlineValueEvaluatableExpression.
     *
     * @since 3.17.0
     */
    var InlineValueEvaluatableExpression;
    (function (InlineValueEvaluatableExpression) {
        /**
         * Creates a new InlineValueEvaluatableExpression literal.
         */
        function create(range, expression) {
            return { range: range, expression: expression };
        }
        InlineValueEvaluatableExpression.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range)
                && (Is.string(candidate.expression) || candidate.expression === undefined);
        }
        InlineValueEvaluatableExpression.is = is;
    })(InlineValueEvaluatableExpression || (exports.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
    /**
     * The InlineValueContext namespace provides helper functions to work with
     * {@link InlineValueContext} literals.
     *
     * @since 3.17.0
     */
    var InlineValueContext;
    (function (InlineValueContext) {
        /**
         * Creates a new InlineValueContext literal.
         */
        function create(frameId, stoppedLocation) {
            return { frameId: frameId, stoppedLocation: stoppedLocation };
        }
        InlineValueContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InlineValueContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext.is = is;
    })(InlineValueContext || (exports.InlineValueContext = InlineValueContext = {}));
    /**
     * Inlay hint kinds.
     *
     * @since 3.17.0
     */
    var InlayHintKind;
    (function (InlayHintKind) {
        /**
         * An inlay hint that for a type annotation.
         */
        InlayHintKind.Type = 1;
        /**
         * An inlay hint that is for a parameter.
         */
        InlayHintKind.Parameter = 2;
        function is(value) {
            return value === 1 || value === 2;
        }
        InlayHintKind.is = is;
    })(InlayHintKind || (exports.InlayHintKind = InlayHintKind = {}));
    var InlayHintLabelPart;
    (function (InlayHintLabelPart) {
        function create(value) {
            return { value: value };
        }
        InlayHintLabelPart.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.location === undefined || Location.is(candidate.location))
                && (candidate.command === undefined || Command.is(candidate.command));
        }
        InlayHintLabelPart.is = is;
    })(InlayHintLabelPart || (exports.InlayHintLabelPart = InlayHintLabelPart = {}));
    var InlayHint;
    (function (InlayHint) {
        function create(position, label, kind) {
            var result = { position: position, label: label };
            if (kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        InlayHint.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.position)
                && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is))
                && (candidate.kind === undefined || InlayHintKind.is(candidate.kind))
                && (candidate.textEdits === undefined) || Is.typedArray(candidate.textEdits, TextEdit.is)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.paddingLeft === undefined || Is.boolean(candidate.paddingLeft))
                && (candidate.paddingRight === undefined || Is.boolean(candidate.paddingRight));
        }
        InlayHint.is = is;
    })(InlayHint || (exports.InlayHint = InlayHint = {}));
    var StringValue;
    (function (StringValue) {
        function createSnippet(value) {
            return { kind: 'snippet', value: value };
        }
        StringValue.createSnippet = createSnippet;
        function isSnippet(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && candidate.kind === 'snippet'
                && Is.string(candidate.value);
        }
        StringValue.isSnippet = isSnippet;
    })(StringValue || (exports.StringValue = StringValue = {}));
    var InlineCompletionItem;
    (function (InlineCompletionItem) {
        function create(insertText, filterText, range, command) {
            return { insertText: insertText, filterText: filterText, range: range, command: command };
        }
        InlineCompletionItem.create = create;
    })(InlineCompletionItem || (exports.InlineCompletionItem = InlineCompletionItem = {}));
    var InlineCompletionList;
    (function (InlineCompletionList) {
        function create(items) {
            return { items: items };
        }
        InlineCompletionList.create = create;
    })(InlineCompletionList || (exports.InlineCompletionList = InlineCompletionList = {}));
    /**
     * Describes how an {@link InlineCompletionItemProvider inline completion provider} was triggered.
     *
     * @since 3.18.0
     */
    var InlineCompletionTriggerKind;
    (function (InlineCompletionTriggerKind) {
        /**
         * Completion was triggered explicitly by a user gesture.
         */
        InlineCompletionTriggerKind.Invoked = 1;
        /**
         * Completion was triggered automatically while editing.
         */
        InlineCompletionTriggerKind.Automatic = 2;
    })(InlineCompletionTriggerKind || (exports.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
    var SelectedCompletionInfo;
    (function (SelectedCompletionInfo) {
        function create(range, text) {
            return { range: range, text: text };
        }
        SelectedCompletionInfo.create = create;
    })(SelectedCompletionInfo || (exports.SelectedCompletionInfo = SelectedCompletionInfo = {}));
    var InlineCompletionContext;
    (function (InlineCompletionContext) {
        function create(triggerKind, selectedCompletionInfo) {
            return { triggerKind: triggerKind, selectedCompletionInfo: selectedCompletionInfo };
        }
        InlineCompletionContext.create = create;
    })(InlineCompletionContext || (exports.InlineCompletionContext = InlineCompletionContext = {}));
    var WorkspaceFolder;
    (function (WorkspaceFolder) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder.is = is;
    })(WorkspaceFolder || (exports.WorkspaceFolder = WorkspaceFolder = {}));
    exports.EOL = ['\n', '\r\n', '\r'];
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new ITextDocument literal from the given uri and content.
         * @param uri The document's uri.
         * @param languageId The document's language Id.
         * @param version The document's version.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ITextDocument} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount)
                && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument.is = is;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits, function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = text.length;
            for (var i = sortedEdits.length - 1; i >= 0; i--) {
                var e = sortedEdits[i];
                var startOffset = document.offsetAt(e.range.start);
                var endOffset = document.offsetAt(e.range.end);
                if (endOffset <= lastModifiedOffset) {
                    text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
                }
                else {
                    throw new Error('Overlapping edit');
                }
                lastModifiedOffset = startOffset;
            }
            return text;
        }
        TextDocument.applyEdits = applyEdits;
        function mergeSort(data, compare) {
            if (data.length <= 1) {
                // sorted
                return data;
            }
            var p = (data.length / 2) | 0;
            var left = data.slice(0, p);
            var right = data.slice(p);
            mergeSort(left, compare);
            mergeSort(right, compare);
            var leftIdx = 0;
            var rightIdx = 0;
            var i = 0;
            while (leftIdx < left.length && rightIdx < right.length) {
                var ret = compare(left[leftIdx], right[rightIdx]);
                if (ret <= 0) {
                    // smaller_equal -> take left to preserve order
                    data[i++] = left[leftIdx++];
                }
                else {
                    // greater -> take right
                    data[i++] = right[rightIdx++];
                }
            }
            while (leftIdx < left.length) {
                data[i++] = left[leftIdx++];
            }
            while (rightIdx < right.length) {
                data[i++] = right[rightIdx++];
            }
            return data;
        }
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = undefined;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                var lineOffsets = [];
                var text = this._content;
                var isLineStart = true;
                for (var i = 0; i < text.length; i++) {
                    if (isLineStart) {
                        lineOffsets.push(i);
                        isLineStart = false;
                    }
                    var ch = text.charAt(i);
                    isLineStart = (ch === '\r' || ch === '\n');
                    if (ch === '\r' && i + 1 < text.length && text.charAt(i + 1) === '\n') {
                        i++;
                    }
                }
                if (isLineStart && text.length > 0) {
                    lineOffsets.push(text.length);
                }
                this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return Position.create(0, offset);
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        return FullTextDocument;
    }());
    var Is;
    (function (Is) {
        var toString = Object.prototype.toString;
        function defined(value) {
            return typeof value !== 'undefined';
        }
        Is.defined = defined;
        function undefined(value) {
            return typeof value === 'undefined';
        }
        Is.undefined = undefined;
        function boolean(value) {
            return value === true || value === false;
        }
        Is.boolean = boolean;
        function string(value) {
            return toString.call(value) === '[object String]';
        }
        Is.string = string;
        function number(value) {
            return toString.call(value) === '[object Number]';
        }
        Is.number = number;
        function numberRange(value, min, max) {
            return toString.call(value) === '[object Number]' && min <= value && value <= max;
        }
        Is.numberRange = numberRange;
        function integer(value) {
            return toString.call(value) === '[object Number]' && -2147483648 <= value && value <= 2147483647;
        }
        Is.integer = integer;
        function uinteger(value) {
            return toString.call(value) === '[object Number]' && 0 <= value && value <= 2147483647;
        }
        Is.uinteger = uinteger;
        function func(value) {
            return toString.call(value) === '[object Function]';
        }
        Is.func = func;
        function objectLiteral(value) {
            // Strictly speaking class instances pass this check as well. Since the LSP
            // doesn't use classes we ignore this for now. If we do we need to add something
            // like this: `Object.getPrototypeOf(Object.getPrototypeOf(x)) === null`
            return value !== null && typeof value === 'object';
        }
        Is.objectLiteral = objectLiteral;
        function typedArray(value, check) {
            return Array.isArray(value) && value.every(check);
        }
        Is.typedArray = typedArray;
    })(Is || (Is = {}));
});


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/constants.ts
// Names shared by action.yml, the code and the tests, in one place.
const Input = {
    executables: 'executables',
    context: 'context',
    file: 'file',
    builderTarget: 'builder-target',
    target: 'target',
    platforms: 'platforms',
    buildArgs: 'build-args',
    builder: 'builder',
    checkInterpreter: 'check-interpreter',
    failOnMissing: 'fail-on-missing',
    summary: 'summary',
    analysis: 'analysis',
    strict: 'strict',
    reportFormat: 'report-format',
    cache: 'cache',
    extraLibraries: 'extra-libraries',
    ignore: 'ignore',
    buildContexts: 'build-contexts',
    secrets: 'secrets',
    cacheFrom: 'cache-from',
    cacheTo: 'cache-to',
    labels: 'labels',
    noCache: 'no-cache',
    pull: 'pull',
    push: 'push',
    load: 'load',
    tags: 'tags'
};
const Output = {
    result: 'result',
    missingCount: 'missing-count',
    missing: 'missing',
    report: 'report',
    junitReport: 'junit-report',
    copyInstructions: 'copy-instructions',
    digest: 'digest',
    imageid: 'imageid'
};
const State = {
    isPost: 'isPost',
    runId: 'runId'
};
/** Label on every image and container we create, so cleanup can find them by run. */
const RUN_LABEL = 'io.github.distroless-verify.run';
/** Repository of the temporary builder images. */
const TEMP_REPOSITORY = 'distroless-verify-tmp';
const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/build-log.ts
// Pure: pulls what failed out of a BuildKit plain-progress log, so the user sees it first.
const ERROR_LINE = /^(?:#\d+ )?(?:ERROR|error)(?::| \[)/;
/**
 * The failing step's block (`> [stage 2/3] RUN ...:` and the lines BuildKit shows under it)
 * and the final error line, or the log's last lines when neither is there.
 */
function summarizeBuildFailure(log, tailLines = 15) {
    const lines = log.replace(/\r\n/g, '\n').split('\n');
    const parts = [];
    // BuildKit frames the failing step between two "------" lines.
    let lastBlock = [];
    for (let i = 0; i < lines.length; i++) {
        if (lines[i] === '------' && lines[i + 1]?.startsWith(' > ')) {
            const end = lines.indexOf('------', i + 1);
            if (end > i)
                lastBlock = lines.slice(i + 1, end);
        }
    }
    if (lastBlock.length > 0)
        parts.push(lastBlock.join('\n'));
    const errors = lines.filter(line => ERROR_LINE.test(line.trim()));
    const lastError = errors[errors.length - 1];
    if (lastError)
        parts.push(lastError.trim());
    if (parts.length === 0) {
        return lines
            .filter(line => line.trim() !== '')
            .slice(-tailLines)
            .join('\n');
    }
    return parts.join('\n');
}
const HINTS = [
    {
        pattern: /exec format error/i,
        hint: 'The builder cannot run programs of this platform ("exec format error"): QEMU emulation ' +
            'is missing. Add "uses: docker/setup-qemu-action@v3" before this step, or drop the platform.'
    },
    {
        pattern: /no space left on device/i,
        hint: 'The disk is full ("no space left on device"). Free space (docker system prune, or remove ' +
            'tool caches on the runner) and run again.'
    },
    {
        pattern: /Cannot connect to the Docker daemon|error during connect/i,
        hint: 'The Docker daemon is not reachable. Start Docker (or check DOCKER_HOST) before this step.'
    },
    {
        pattern: /executable file not found in \$PATH|"ldd": executable file not found/i,
        hint: 'ldd is not in the builder stage. Verify against a stage that has the C library tools ' +
            '(glibc: libc-bin/glibc-common; musl: the musl loader), via "builder-target".'
    }
];
/** One sentence that names a known fault of the environment, or '' when none is recognised. */
function explainDockerFailure(stderr) {
    return HINTS.find(({ pattern }) => pattern.test(stderr))?.hint ?? '';
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/docker.ts
// The docker edge: one wrapper for child processes and pure builders of their argv.


/** Keep only the end of long output: the part that says what went wrong. */
const STDERR_KEEP = 256 * 1024;
const STDOUT_KEEP = 32 * 1024 * 1024;
/** A docker command that could not start or that failed; `message` is meant for the user. */
class CommandError extends Error {
    argv;
    result;
    constructor(message, argv, result) {
        super(message);
        this.argv = argv;
        this.result = result;
        this.name = 'CommandError';
    }
}
function dockerEnv() {
    return { ...process.env, DOCKER_BUILDKIT: '1' };
}
class TailBuffer {
    keep;
    chunks = [];
    length = 0;
    constructor(keep) {
        this.keep = keep;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        while (this.length - (this.chunks[0]?.length ?? 0) >= this.keep && this.chunks.length > 1) {
            this.length -= this.chunks.shift()?.length ?? 0;
        }
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
function describeCommand(argv) {
    return ['docker', ...argv]
        .map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)))
        .join(' ');
}
function spawnDocker(argv, options, onStdout) {
    return new Promise((resolve, reject) => {
        // A phase that starts after cancellation must not start a process nobody will stop.
        if (options.signal?.aborted) {
            resolve({ exitCode: 130, stdout: '', stderr: 'cancelled before it started', timedOut: false });
            return;
        }
        const child = (0,external_node_child_process_namespaceObject.spawn)('docker', argv, {
            env: dockerEnv(),
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const stderr = new TailBuffer(STDERR_KEEP);
        let timedOut = false;
        let timer;
        const kill = () => {
            child.kill('SIGKILL');
        };
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                const before = options.onTimeout ? options.onTimeout() : Promise.resolve();
                void before.catch(() => undefined).finally(kill);
            }, options.timeoutMs);
        }
        const onAbort = () => kill();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        onStdout(child.stdout);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            const message = error.code === 'ENOENT'
                ? 'docker was not found on PATH: install the Docker client and engine ' +
                    '(on GitHub-hosted runners it is there; elsewhere see https://docs.docker.com/engine/install/)'
                : `could not start docker: ${error.message}`;
            reject(new CommandError(message, argv));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: '',
                stderr: stderr.text(),
                timedOut
            });
        });
    });
}
/** Runs `docker <argv>` and collects its output. Never throws for a non-zero exit code. */
async function runDocker(argv, options = {}) {
    const stdout = new TailBuffer(STDOUT_KEEP);
    const result = await spawnDocker(argv, options, out => {
        out.on('data', (chunk) => stdout.push(chunk));
    });
    return { ...result, stdout: stdout.text() };
}
/**
 * Runs `docker <argv>` and hands its stdout, as it streams, to `consume`. The result waits for
 * both the process and the consumer. When the consumer fails, the process is stopped.
 */
async function streamDocker(argv, consume, options = {}) {
    let consumed;
    const controller = new AbortController();
    const forward = () => controller.abort();
    options.signal?.addEventListener('abort', forward, { once: true });
    const running = spawnDocker(argv, { ...options, signal: controller.signal }, out => {
        consumed = consume(out);
        // Stop docker when the consumer gives up, so it does not block on a full pipe.
        consumed.catch(() => {
            out.resume();
            controller.abort();
        });
    });
    const result = await running;
    options.signal?.removeEventListener('abort', forward);
    try {
        const value = await consumed;
        return { value, result };
    }
    catch (error) {
        return { value: undefined, consumeError: error, result };
    }
}
function buildxBuildArgs(options) {
    const argv = ['buildx', 'build'];
    if (options.builder)
        argv.push('--builder', options.builder);
    argv.push('--platform', options.platform, '--file', options.file);
    if (options.target !== null)
        argv.push('--target', options.target);
    for (const buildArg of options.buildArgs)
        argv.push('--build-arg', buildArg);
    const flags = options.flags;
    if (flags) {
        for (const context of flags.buildContexts)
            argv.push('--build-context', context);
        for (const secret of flags.secretFiles)
            argv.push('--secret', `id=${secret.id},src=${secret.file}`);
        for (const cache of flags.cacheFrom)
            argv.push('--cache-from', cache);
        for (const cache of flags.cacheTo)
            argv.push('--cache-to', cache);
        if (flags.noCache)
            argv.push('--no-cache');
        if (flags.pull)
            argv.push('--pull');
    }
    argv.push('--progress', 'plain');
    if (options.metadataFile)
        argv.push('--metadata-file', options.metadataFile);
    if (options.output.type === 'tar') {
        argv.push('--output', 'type=tar,dest=-');
    }
    else {
        for (const label of options.output.labels)
            argv.push('--label', label);
        for (const tag of options.output.tags)
            argv.push('--tag', tag);
        argv.push(options.output.type === 'load' ? '--load' : '--push');
    }
    argv.push(options.context);
    return argv;
}
/**
 * `docker run` of one program of the builder image, contained: no network, no capabilities, a
 * read-only root, memory and process limits. ldd can execute code of the file it inspects.
 */
function sandboxRunArgs(options) {
    return [
        'run',
        '--rm',
        '--name',
        options.name,
        '--label',
        `${RUN_LABEL}=${options.runId}`,
        '--platform',
        options.platform,
        '--network',
        'none',
        '--cap-drop',
        'ALL',
        '--security-opt',
        'no-new-privileges',
        '--read-only',
        '--tmpfs',
        '/tmp:rw,noexec,nosuid,size=16m',
        '--memory',
        '512m',
        '--pids-limit',
        '256',
        '--entrypoint',
        options.entrypoint,
        options.image,
        ...options.args
    ];
}
/** ldd for every file; each is an absolute path (inputs ensure it), so none passes for an option. */
function lddRunArgs(options) {
    const { files, ...rest } = options;
    return sandboxRunArgs({ ...rest, entrypoint: 'ldd', args: files });
}
/** The ID of an image in the engine, or '' when there is none by that name. */
async function imageIdOf(reference) {
    const inspect = await runDocker(['image', 'inspect', '--format', '{{.Id}}', reference]);
    return inspect.exitCode === 0 ? inspect.stdout.trim() : '';
}
function removeImagesArgs(ids) {
    return ['image', 'rm', '--force', ...ids];
}
function listByLabelArgs(kind, runId) {
    const filter = ['--filter', `label=${RUN_LABEL}=${runId}`];
    return kind === 'image'
        ? ['image', 'ls', '--quiet', '--no-trunc', ...filter]
        : ['container', 'ls', '--all', '--quiet', '--no-trunc', ...filter];
}

;// CONCATENATED MODULE: ./src/tar-reader.ts
// A streaming reader of tar headers (ustar, PAX, GNU long names) that skips bodies by counting
// bytes. tar-stream hands every body through a stream per entry and measured 2 to 4 times slower
// than `tar -t` on 100,000-entry exports; we only need the headers.
const BLOCK = 512;
/** PAX and GNU long-name bodies are held whole; nothing sane comes near this. */
const MAX_META_SIZE = 16 * 1024 * 1024;
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const CODE_SPACE = 0x20;
const CODE_ZERO = 0x30;
const CODE_SEVEN = 0x37;
/** Octal number field (NUL or space terminated), or GNU base-256 when the top bit is set. */
function readNumber(buf, at, length) {
    const end = at + length;
    if ((buf[at] ?? 0) & 0x80) {
        if (buf[at] === 0xff)
            return Number.NaN;
        let value = (buf[at] ?? 0) & 0x7f;
        for (let i = at + 1; i < end; i++)
            value = value * 256 + (buf[i] ?? 0);
        return value;
    }
    let i = at;
    while (i < end && (buf[i] === CODE_SPACE || buf[i] === 0))
        i++;
    let value = 0;
    for (; i < end; i++) {
        const c = buf[i] ?? 0;
        if (c === CODE_SPACE || c === 0)
            break;
        if (c < CODE_ZERO || c > CODE_SEVEN)
            return Number.NaN;
        value = value * 8 + (c - CODE_ZERO);
    }
    return value;
}
function readString(buf, at, length) {
    const nul = buf.indexOf(0, at);
    const end = nul === -1 || nul > at + length ? at + length : nul;
    return buf.toString('utf8', at, end);
}
/** Checksums as tar writes them (unsigned bytes) and as some old tars did (signed bytes). */
function checksumMatches(buf, at) {
    const stored = readNumber(buf, at + 148, 8);
    // The checksum field itself counts as eight spaces.
    let sum = 8 * CODE_SPACE;
    for (let i = at; i < at + 148; i++)
        sum += buf[i];
    for (let i = at + 156; i < at + BLOCK; i++)
        sum += buf[i];
    if (stored === sum)
        return true;
    let high = 0;
    for (let i = at; i < at + BLOCK; i++)
        if (buf[i] > 127 && (i < at + 148 || i >= at + 156))
            high++;
    return stored === sum - 256 * high;
}
function isZeroBlock(buf, at) {
    for (let i = at; i < at + BLOCK; i++)
        if (buf[i] !== 0)
            return false;
    return true;
}
function padded(size) {
    return Math.ceil(size / BLOCK) * BLOCK;
}
/** `len key=value\n` records; lengths count bytes, values are UTF-8. */
function readPax(buf, into) {
    let pos = 0;
    while (pos < buf.length) {
        const space = buf.indexOf(CODE_SPACE, pos);
        const length = space === -1 ? Number.NaN : Number(buf.toString('latin1', pos, space));
        if (!Number.isInteger(length) || length <= space - pos || pos + length > buf.length) {
            throw new TarFormatError('a PAX header is malformed');
        }
        const record = buf.toString('utf8', space + 1, pos + length - 1);
        const eq = record.indexOf('=');
        if (eq !== -1) {
            const key = record.slice(0, eq);
            const value = record.slice(eq + 1);
            if (key === 'path')
                into.path = value;
            else if (key === 'linkpath')
                into.linkpath = value;
            else if (key === 'size')
                into.size = Number(value);
        }
        pos += length;
    }
}
/**
 * Feed it chunks with `write`, then call `end`. Throws TarFormatError on bytes that are not a
 * tar. After the end-of-archive marker it drains silently, so a producer is never blocked.
 */
class TarHeaderReader {
    #onHeader;
    /** A header split across chunks is gathered here. */
    #block = Buffer.alloc(BLOCK);
    #blockFill = 0;
    /** Body and padding bytes still to pass over. */
    #skip = 0;
    /** The member whose body is wanted, and how many of its bytes are still to come. */
    #body = null;
    /** A PAX or GNU long-name body being gathered, with the typeflag that announced it. */
    #meta = null;
    #extension = {};
    /** Bytes consumed before the current chunk. */
    #offset = 0;
    #headers = 0;
    #ended = false;
    constructor(onHeader) {
        this.#onHeader = onHeader;
    }
    write(chunk) {
        const length = chunk.length;
        let pos = 0;
        while (pos < length && !this.#ended) {
            if (this.#skip > 0) {
                const n = Math.min(this.#skip, length - pos);
                const body = this.#body;
                if (body) {
                    const take = Math.min(n, body.remaining);
                    if (take > 0)
                        body.sink(chunk.subarray(pos, pos + take));
                    body.remaining -= take;
                    if (body.remaining === 0)
                        this.#body = null;
                }
                this.#skip -= n;
                pos += n;
            }
            else if (this.#meta !== null) {
                const meta = this.#meta;
                const n = Math.min(meta.buf.length - meta.fill, length - pos);
                chunk.copy(meta.buf, meta.fill, pos, pos + n);
                meta.fill += n;
                pos += n;
                if (meta.fill === meta.buf.length)
                    this.#finishMeta(meta.buf, meta.typeflag);
            }
            else if (this.#blockFill === 0 && length - pos >= BLOCK) {
                this.#header(chunk, pos, this.#offset + pos);
                pos += BLOCK;
            }
            else {
                const n = Math.min(BLOCK - this.#blockFill, length - pos);
                chunk.copy(this.#block, this.#blockFill, pos, pos + n);
                this.#blockFill += n;
                pos += n;
                if (this.#blockFill === BLOCK) {
                    this.#blockFill = 0;
                    this.#header(this.#block, 0, this.#offset + pos - BLOCK);
                }
            }
        }
        this.#offset += length;
    }
    end() {
        if (this.#ended)
            return;
        if (this.#offset === 0)
            throw new TarFormatError('it is empty');
        if (this.#headers === 0 && this.#blockFill > 0) {
            const start = this.#block.subarray(0, this.#blockFill);
            throw new TarFormatError(compression(start) ??
                `it is ${plural(this.#offset, 'byte')} long, shorter than one tar header (${quoteStart(start)})`);
        }
        if (this.#skip > 0 || this.#meta !== null || this.#blockFill > 0) {
            throw new TarFormatError(`it ends in the middle of an entry, after ${this.#offset} bytes`);
        }
        // A missing end-of-archive marker is accepted: GNU tar only warns about it.
    }
    #header(buf, at, offset) {
        if (buf[at] === 0 && isZeroBlock(buf, at)) {
            this.#ended = true;
            return;
        }
        if (!checksumMatches(buf, at))
            throw new TarFormatError(describeBadHeader(buf, at, offset));
        this.#headers++;
        let typeflag = buf[at + 156] ?? 0;
        const size = readNumber(buf, at + 124, 12);
        if (!Number.isSafeInteger(size) || size < 0) {
            throw new TarFormatError(`the header at byte ${offset} has an invalid size`);
        }
        switch (String.fromCharCode(typeflag)) {
            case 'x':
            case 'g':
            case 'L':
            case 'K':
                if (size > MAX_META_SIZE) {
                    throw new TarFormatError(`the extended header at byte ${offset} is ${size} bytes long`);
                }
                this.#meta = { buf: Buffer.alloc(size), fill: 0, typeflag };
                if (size === 0)
                    this.#finishMeta(this.#meta.buf, typeflag);
                return;
            case 'V':
                // A volume label names the archive, not a file.
                this.#skip = padded(size);
                return;
        }
        if (typeflag === 0)
            typeflag = CODE_ZERO;
        const extension = this.#extension;
        this.#extension = {};
        let name = extension.path;
        if (name === undefined) {
            name = readString(buf, at, 100);
            // POSIX ustar splits long names into prefix and name; GNU headers use that room otherwise.
            if (buf.toString('latin1', at + 257, at + 263) === 'ustar\0' && buf[at + 345] !== 0) {
                name = readString(buf, at + 345, 155) + '/' + name;
            }
        }
        const entrySize = extension.size ?? size;
        if (!Number.isSafeInteger(entrySize) || entrySize < 0) {
            throw new TarFormatError(`the PAX size of the entry at byte ${offset} is invalid`);
        }
        const sink = this.#onHeader({
            name,
            linkname: extension.linkpath ?? readString(buf, at + 157, 100),
            typeflag: String.fromCharCode(typeflag),
            size: entrySize,
            mode: readNumber(buf, at + 100, 8) || 0
        });
        // Folders carry no data blocks whatever their size says (GNU dump folders do).
        const isFolder = String.fromCharCode(typeflag) === '5';
        this.#skip = isFolder ? 0 : padded(entrySize);
        this.#body = sink && !isFolder && entrySize > 0 ? { sink, remaining: entrySize } : null;
    }
    #finishMeta(buf, typeflag) {
        this.#meta = null;
        this.#skip = padded(buf.length) - buf.length;
        switch (String.fromCharCode(typeflag)) {
            case 'x':
                readPax(buf, this.#extension);
                return;
            case 'L':
                this.#extension.path = readString(buf, 0, buf.length);
                return;
            case 'K':
                this.#extension.linkpath = readString(buf, 0, buf.length);
                return;
            // Global PAX headers ('g') set defaults such as charset and times; none names a file.
        }
    }
}
function describeBadHeader(buf, at, offset) {
    if (offset > 0)
        return `the header at byte ${offset} has a wrong checksum`;
    const block = buf.subarray(at, at + BLOCK);
    return compression(block) ?? `its first 512 bytes are no tar header (${quoteStart(block)})`;
}
/** Compressed exports are the likeliest mistake; name them. */
function compression(start) {
    if (start[0] === 0x1f && start[1] === 0x8b)
        return 'it is gzip-compressed';
    if (start.length >= 4 && start.readUInt32LE(0) === 0xfd2fb528)
        return 'it is zstd-compressed';
    return undefined;
}
function quoteStart(start) {
    return `it begins with "${start.toString('latin1', 0, 24).replace(/[^\x20-\x7e]/g, '.')}"`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/image-index.ts
// What the final image holds, read from its filesystem tar, and where a path leads inside it.

/** The kernel's limit (MAXSYMLINKS) on links followed in one lookup. */
const MAX_LINK_HOPS = 40;
// Shared by many paths, hence frozen.
const ROOT = Object.freeze({ type: 'dir', size: 0, mode: 0o755 });
const IMPLIED_DIR = Object.freeze({ type: 'dir', size: 0, mode: 0o755 });
/** No empty, `.` or `..` component; at most one slash in front and one at the end. */
const CLEAN_NAME = /^\/?(?!\.{1,2}(?:\/|$))[^/]+(?:\/(?!\.{1,2}(?:\/|$))[^/]+)*\/?$/;
/**
 * Turns a tar member name (`./usr/lib/`, `/etc/x`, `a/../../b`) into an absolute path without
 * `.`, `..` or empty components. `..` stops at the root, as extraction into a folder would.
 */
function normalizeImagePath(name) {
    // Most names in an export are already clean (`usr/lib/x`, `./usr/lib/x`); skip the split.
    const bare = name.startsWith('./') ? name.slice(2) : name;
    if (CLEAN_NAME.test(bare)) {
        const path = bare.startsWith('/') ? bare : '/' + bare;
        return path.endsWith('/') ? path.slice(0, -1) : path;
    }
    const parts = [];
    for (const part of name.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return '/' + parts.join('/');
}
/** Pushes a path's components so that the first one is popped first. */
function pushComponents(pending, text, from) {
    const parts = text.split('/');
    // A trailing slash demands a directory, like the kernel; `.` keeps that demand alive.
    if (parts.length > 1 && parts[parts.length - 1] === '')
        pending.push({ name: '.', from });
    for (let i = parts.length - 1; i >= 0; i--) {
        const name = parts[i];
        if (name !== undefined && name !== '')
            pending.push({ name, from });
    }
}
function joinPath(dirs, name) {
    const all = name === undefined ? dirs : [...dirs, name];
    return '/' + all.join('/');
}
class ImageIndex {
    #entries = new Map([['/', ROOT]]);
    /** The folder of the last entry added, known to exist (`''` stands for `/`). */
    #knownParent = '';
    static fromEntries(list) {
        const index = new ImageIndex();
        for (const init of list) {
            const { type, size = 0, mode = 0o644 } = init;
            if (type === 'symlink')
                index.add(init.path, { type, target: init.target ?? '', size, mode });
            else if (type === 'hardlink') {
                index.add(init.path, { type, target: normalizeImagePath(init.target ?? ''), size, mode });
            }
            else
                index.add(init.path, { type, size, mode });
        }
        return index;
    }
    /** Number of paths known, counting `/` and folders implied by deeper entries. */
    get size() {
        return this.#entries.size;
    }
    /** The entry recorded at this very path; links on the way are not followed. */
    get(path) {
        return this.#entries.get(normalizeImagePath(path));
    }
    has(path) {
        return this.#entries.has(normalizeImagePath(path));
    }
    paths() {
        return this.#entries.keys();
    }
    entries() {
        return this.#entries.entries();
    }
    #bodies = new Map();
    /** Keeps the body of the regular file at this normalized path (static analysis only). */
    setBody(path, body) {
        this.#bodies.set(path, body);
    }
    /** The kept body of the regular file at this exact path (links not followed). */
    body(path) {
        return this.#bodies.get(path);
    }
    /** Records an entry; a later entry at the same path replaces it, as extraction would. */
    add(name, entry) {
        const path = normalizeImagePath(name);
        if (path === '/') {
            // Extraction cannot replace the folder it extracts into; only its mode may change.
            if (entry.type === 'dir')
                this.#entries.set('/', entry);
            return;
        }
        this.#entries.set(path, entry);
        // Tars list a folder's entries together; checking the same parent again costs a hash.
        const slash = path.lastIndexOf('/');
        const known = this.#knownParent;
        if (slash === known.length && path.startsWith(known))
            return;
        // The loop below makes sure it exists.
        this.#knownParent = path.slice(0, slash);
        let parent = path;
        for (;;) {
            parent = parent.slice(0, parent.lastIndexOf('/')) || '/';
            if (this.#entries.has(parent))
                return;
            this.#entries.set(parent, IMPLIED_DIR);
        }
    }
    /**
     * Where `path` leads inside the image, following links at every component like the kernel:
     * absolute targets restart at the image root, relative ones at the link's folder, `..` is
     * taken after substitution and stops at the root, and at most 40 links are followed.
     */
    resolve(path) {
        const chain = [];
        const fail = (kind, at, resolvedPath) => {
            const result = { path, found: false, chain, failure: { kind, at } };
            if (resolvedPath !== undefined)
                result.resolvedPath = resolvedPath;
            return result;
        };
        // Always real folders of the image: every component is checked before it is entered.
        const dirs = [];
        const pending = [];
        pushComponents(pending, path, -1);
        let hops = 0;
        for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
            const { name, from } = next;
            if (name === '.')
                continue;
            if (name === '..') {
                dirs.pop();
                continue;
            }
            const here = joinPath(dirs, name);
            const last = pending.length === 0;
            let entry = this.#entries.get(here);
            if (entry?.type === 'hardlink') {
                const shared = this.#sharedEntry(entry);
                if (shared === undefined) {
                    chain.push({ link: here, target: entry.target ?? '' });
                    return fail('dangling', entry.target ?? '');
                }
                entry = shared;
            }
            if (entry === undefined) {
                if (from < 0)
                    return fail('absent', here, last ? here : undefined);
                const missing = missingTarget(dirs, name, pending, from);
                return fail('dangling', missing, last ? here : undefined);
            }
            switch (entry.type) {
                case 'symlink': {
                    const target = entry.target ?? '';
                    if (++hops > MAX_LINK_HOPS)
                        return fail('loop', here);
                    chain.push({ link: here, target });
                    // An empty target names nothing (the kernel says ENOENT).
                    if (target === '')
                        return fail('dangling', here);
                    if (target.startsWith('/'))
                        dirs.length = 0;
                    pushComponents(pending, target, chain.length - 1);
                    continue;
                }
                case 'dir':
                    if (last)
                        return fail('not-a-file', here, here);
                    dirs.push(name);
                    continue;
                case 'file':
                    if (last)
                        return { path, found: true, resolvedPath: here, chain };
                    return fail('not-a-directory', here);
                default:
                    return last ? fail('not-a-file', here, here) : fail('not-a-directory', here);
            }
        }
        // The walk ended on a folder: `/`, or a path ending in `.`, `..` or `/`.
        const folder = joinPath(dirs);
        return fail('not-a-file', folder, folder);
    }
    /** The entry a hard link shares; it is read as the entry it points at. */
    #sharedEntry(link) {
        let entry = link;
        for (let hops = 0; entry?.type === 'hardlink' && hops <= MAX_LINK_HOPS; hops++) {
            entry = this.#entries.get(entry.target ?? '');
        }
        if (entry?.type === 'hardlink')
            return undefined;
        // A tar cannot hard-link a folder; entering one through a hard link would walk nowhere.
        if (entry?.type === 'dir')
            return { ...entry, type: 'other' };
        return entry;
    }
}
/** The whole missing target: the missing component plus the rest of the same link's target. */
function missingTarget(dirs, name, pending, from) {
    const parts = [...dirs, name];
    for (let i = pending.length - 1; i >= 0; i--) {
        const next = pending[i];
        if (next === undefined || next.from !== from)
            break;
        if (next.name === '..')
            parts.pop();
        else if (next.name !== '.')
            parts.push(next.name);
    }
    return '/' + parts.join('/');
}
function entryFromTar(header) {
    const { size, mode } = header;
    switch (header.typeflag) {
        case '1':
            return { type: 'hardlink', target: normalizeImagePath(header.linkname), size, mode };
        case '2':
            return { type: 'symlink', target: header.linkname, size: 0, mode };
        case '5':
        case 'D':
            return { type: 'dir', size: 0, mode };
        case '3':
        case '4':
        case '6':
            return { type: 'other', size, mode };
        default:
            // Old tars mark folders only with a trailing slash.
            if (header.name.endsWith('/'))
                return { type: 'dir', size: 0, mode };
            // GNU tar extracts unknown types (and sparse files) as regular files.
            return { type: 'file', size, mode };
    }
}
const NOT_A_TAR = 'the exported image is not a tar stream: ';
const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
function isLoaderConfig(path) {
    return path === '/etc/ld.so.cache' || /^\/etc\/ld-musl-[^/]+\.path$/.test(path);
}
/**
 * Reads a filesystem tar (`docker buildx build --output type=tar,dest=-`) into an index of its
 * headers. Bodies are skipped, never held, unless static analysis asks for ELF files.
 */
async function indexTarStream(stream, options = {}) {
    const index = new ImageIndex();
    const maxKept = options.maxKeptBytes ?? 1024 ** 3;
    let kept = 0;
    const reader = new TarHeaderReader(header => {
        const entry = entryFromTar(header);
        index.add(header.name, entry);
        if (!options.keepElfBodies || entry.type !== 'file' || header.size < 4)
            return;
        const path = normalizeImagePath(header.name);
        const config = isLoaderConfig(path);
        const chunks = [];
        let received = 0;
        let wanted = config ? true : undefined;
        return chunk => {
            if (wanted === false)
                return;
            chunks.push(Buffer.from(chunk));
            received += chunk.length;
            if (wanted === undefined && received >= 4) {
                wanted = Buffer.concat(chunks).subarray(0, 4).equals(ELF_MAGIC);
                if (!wanted) {
                    chunks.length = 0;
                    return;
                }
            }
            kept += chunk.length;
            if (kept > maxKept) {
                throw new Error(`the image holds more than ${Math.round(maxKept / 1024 ** 2)} MiB of ELF files, more ` +
                    'than static analysis keeps in memory; use "analysis: ldd" for this image');
            }
            if (received === header.size)
                index.setBody(path, Buffer.concat(chunks));
        };
    });
    try {
        for await (const chunk of stream) {
            if (typeof chunk === 'string') {
                throw new TypeError('the tar stream yields text; it must yield bytes (no encoding set)');
            }
            reader.write(chunk);
        }
        reader.end();
    }
    catch (error) {
        if (error instanceof TarFormatError)
            throw new Error(NOT_A_TAR + error.message, { cause: error });
        throw error;
    }
    return index;
}

;// CONCATENATED MODULE: ./src/ldd.ts
/** Error of the files a musl ldd did not look at: it lists the first and passes the rest to it. */
const MUSL_ONE_FILE_PER_CALL = "not examined: the builder's ldd is musl's, which lists one file per call";
/** Error of a file ldd said nothing about (no header, or an empty section without a reason). */
const NOTHING_PRINTED = 'ldd printed nothing about this file';
const NOT_DYNAMIC = 'not a dynamic executable';
const STATICALLY_LINKED = 'statically linked';
const READ_PERMISSION = 'you do not have read permission';
const MUSL_NOT_DYNAMIC = 'Not a valid dynamic program';
const ADDRESS = /\s*\(0x([0-9a-fA-F]+)\)$/;
/** Kernel-provided objects that are never files: linux-vdso.so.1, linux-gate.so.1, linux-vdso64.so.1. */
const VDSO = /^linux-(?:vdso|gate)[\w-]*\.so(?:\.\d+)*(?:\s|$)/;
/** Basenames of program interpreters: glibc per architecture, musl, uClibc, old `ld-2.31.so`. */
const LOADER_NAME = /^ld(?:-linux[\w.-]*|64|-musl-[\w.-]+|-uClibc[\w.-]*|-[\d.]+)?\.so(?:\.\d+)*$/;
/** musl's `Error loading shared library libz.so.1: No such file or directory (needed by /x)`. */
const MUSL_MISSING = /^Error loading shared library (.+?): .+ \(needed by .+\)$/;
/**
 * Reads ldd's output. Never throws: a line it does not know goes to `unattributed` (stderr) or
 * `notes` (stdout), and a file it cannot account for gets kind `error`.
 */
function parseLddOutput(input) {
    const { files } = input;
    const stdoutLines = linesOf(input.stdout);
    const stderrLines = linesOf(input.stderr);
    const split = splitByHeaders(files, stdoutLines);
    const flavor = detectFlavor(files, stdoutLines, stderrLines, split.headers);
    const notes = split.stray.map(line => ({ file: null, line: line.trim() }));
    const drafts = files.map((file, index) => draftOf(file, split.bodies[index], flavor));
    const unattributed = [];
    let notDynamicLines = 0;
    for (const line of stderrLines) {
        const text = line.trim();
        if (text === NOT_DYNAMIC) {
            notDynamicLines++;
            continue;
        }
        const named = namedInStderr(files, line);
        // glibc names a file only when it did not trace it, so the claim goes to an empty section.
        const target = named && drafts.find(d => d.file === named.file && isEmpty(d) && !d.claim);
        if (named && target) {
            target.claim = named.claim;
            continue;
        }
        const missing = MUSL_MISSING.exec(text);
        const first = drafts[0];
        // musl looks at its first file only, so whatever it failed to load, that file needed it.
        if (missing?.[1] && first) {
            first.libraries.push({ soname: missing[1], path: null });
            continue;
        }
        unattributed.push(text);
    }
    const silent = drafts.filter(d => isEmpty(d) && !d.claim);
    // glibc writes one `not a dynamic executable` per silent file, but only the count survives the
    // split of stdout from stderr: it proves which files were static only when the counts agree.
    if (notDynamicLines >= silent.length) {
        for (const draft of silent)
            draft.claim = { kind: 'static' };
        for (let i = silent.length; i < notDynamicLines; i++)
            unattributed.push(NOT_DYNAMIC);
    }
    else {
        for (let i = 0; i < notDynamicLines; i++)
            unattributed.push(NOT_DYNAMIC);
    }
    const sections = drafts.map(draft => {
        const { section, unknown } = sectionOf(draft);
        for (const line of unknown)
            notes.push({ file: draft.file, line });
        return section;
    });
    return { sections, unattributed, flavor, notes, exitCode: input.exitCode };
}
/**
 * Plain sentences about the builder itself: what ldd could not find or read there. A program
 * that cannot start in the builder cannot be verified against the final image.
 * Sections marked MUSL_ONE_FILE_PER_CALL count too: retry those (`unexaminedFiles`) first.
 */
function lddProblems(result) {
    const problems = [];
    for (const section of result.sections) {
        if (section.kind === 'error')
            problems.push(errorSentence(section.file, section.error ?? ''));
        for (const library of section.libraries) {
            if (library.path !== null)
                continue;
            problems.push(`${library.soname}, needed by ${section.file}, was not found in the builder image ` +
                `either, so ${section.file} cannot start there; install the package that provides ` +
                `${library.soname} in the builder stage, or add its directory to the library path`);
        }
    }
    for (const note of result.notes) {
        if (!/not found|error|cannot|No such file/i.test(note.line))
            continue;
        problems.push(note.file === null
            ? `ldd reported: ${note.line}`
            : `ldd reported a problem with ${note.file} in the builder image: ${note.line}`);
    }
    if (result.exitCode !== 0 && !result.sections.some(explainsFailure)) {
        problems.push(result.unattributed.length > 0
            ? `ldd exited with code ${result.exitCode}: ${result.unattributed.join(' | ')}`
            : `ldd exited with code ${result.exitCode} and printed no reason`);
    }
    return problems;
}
/** Files a musl ldd left out because it lists one file per call: run ldd on each of them alone. */
function unexaminedFiles(result) {
    return result.sections
        .filter(section => section.kind === 'error' && section.error === MUSL_ONE_FILE_PER_CALL)
        .map(section => section.file);
}
function linesOf(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => line.trimEnd())
        .filter(line => line.trim() !== '');
}
/**
 * glibc heads each section with `${file}:` when given several files. Headers are matched against
 * the files asked for, in order, never guessed: a path may hold spaces and colons.
 */
function splitByHeaders(files, lines) {
    const bodies = files.map(() => undefined);
    const stray = [];
    let headers = 0;
    let next = 0;
    let current;
    for (const line of lines) {
        const index = files.findIndex((file, i) => i >= next && line === `${file}:`);
        if (index !== -1) {
            current = [];
            bodies[index] = current;
            next = index + 1;
            headers++;
        }
        else if (current) {
            current.push(line);
        }
        else {
            stray.push(line);
        }
    }
    // No header: one file, or musl (one listing, of the first file, whatever the count).
    if (headers === 0 && files.length > 0) {
        bodies[0] = stray.splice(0);
    }
    return { bodies, stray, headers };
}
function detectFlavor(files, stdoutLines, stderrLines, headers) {
    const listing = stdoutLines.map(line => line.trim());
    if (files.length > 1 && headers > 0)
        return 'glibc';
    // musl prints no vdso, no `statically linked` and no `=> not found`.
    if (listing.some(l => VDSO.test(l) || l === STATICALLY_LINKED || /=>\s*not found$/.test(l))) {
        return 'glibc';
    }
    const errors = stderrLines.map(line => line.trim());
    if (errors.some(isMuslStderr))
        return 'musl';
    if (errors.some(isGlibcStderr))
        return 'glibc';
    const listed = listing.filter(l => l.includes('=>') || ADDRESS.test(l));
    if (files.length > 1 && listed.length > 0)
        return 'musl';
    // glibc pads addresses to the pointer's width (16 digits on 64 bits); musl's %p does not.
    const widths = listed.map(l => ADDRESS.exec(l)?.[1]?.length ?? 0);
    if (widths.some(w => w === 16))
        return 'glibc';
    if (widths.some(w => w > 8 && w < 16))
        return 'musl';
    const loaders = listed.map(l => basename(l.replace(ADDRESS, '').split('=>').pop() ?? ''));
    if (loaders.some(name => name.startsWith('ld-musl-')))
        return 'musl';
    if (loaders.some(name => LOADER_NAME.test(name)))
        return 'glibc';
    return 'unknown';
}
function isMuslStderr(line) {
    return (line.startsWith('Error loading shared library ') ||
        line.startsWith('Error relocating ') ||
        line.endsWith(`: ${MUSL_NOT_DYNAMIC}`) ||
        /: cannot load .*: /.test(line) ||
        line === 'Dynamic Program Loader');
}
function isGlibcStderr(line) {
    return (line === NOT_DYNAMIC ||
        line.startsWith(`ldd: error: ${READ_PERMISSION}`) ||
        /^ldd: .*: (?:No such file or directory|not regular file)$/.test(line) ||
        /^ldd: .* exited with unknown exit code/.test(line));
}
/** The file a stderr line is about, longest match first (one path may start another). */
function namedInStderr(files, line) {
    let best;
    for (const file of files) {
        if (best && best.file.length >= file.length)
            continue;
        const claim = claimOf(file, line);
        if (claim)
            best = { file, claim };
    }
    return best;
}
function claimOf(file, line) {
    if (line === `ldd: error: ${READ_PERMISSION} for \`${file}'`) {
        return { kind: 'error', error: READ_PERMISSION };
    }
    // musl: `<argv0>: <file>: Not a valid dynamic program` (argv0 is `ldd` or the loader's path).
    if (line.endsWith(`: ${file}: ${MUSL_NOT_DYNAMIC}`))
        return { kind: 'static' };
    const cannotLoad = `: cannot load ${file}: `;
    const at = line.indexOf(cannotLoad);
    if (at > 0)
        return { kind: 'error', error: line.slice(at + cannotLoad.length) };
    // glibc's ldd prefixes a name without a slash with `./`.
    const names = file.includes('/') ? [file] : [file, `./${file}`];
    for (const name of names) {
        const prefix = `ldd: ${name}: `;
        if (line.startsWith(prefix) && line.length > prefix.length) {
            return { kind: 'error', error: line.slice(prefix.length) };
        }
    }
    return undefined;
}
function draftOf(file, body, flavor) {
    const draft = {
        file,
        reported: body !== undefined,
        flavor,
        interpreters: [],
        libraries: [],
        staticLine: false,
        unknown: []
    };
    for (const raw of body ?? []) {
        const line = raw.trim();
        if (VDSO.test(line))
            continue;
        if (line === STATICALLY_LINKED || line === NOT_DYNAMIC) {
            draft.staticLine = true;
            continue;
        }
        const arrow = line.indexOf('=>');
        if (arrow > 0) {
            const library = libraryOf(line.slice(0, arrow).trim(), line.slice(arrow + 2).trim());
            if (library)
                draft.libraries.push(library);
            else
                draft.unknown.push(line);
            continue;
        }
        const object = ADDRESS.test(line) ? line.replace(ADDRESS, '') : '';
        if (object.startsWith('/'))
            draft.interpreters.push(object);
        else
            draft.unknown.push(line);
    }
    return draft;
}
function libraryOf(soname, target) {
    if (soname === '' || /\s/.test(soname))
        return undefined;
    if (target === 'not found')
        return { soname, path: null };
    const path = target.replace(ADDRESS, '');
    return path === '' ? undefined : { soname, path };
}
function isEmpty(draft) {
    return (draft.reported &&
        !draft.staticLine &&
        draft.interpreters.length === 0 &&
        draft.libraries.length === 0 &&
        draft.unknown.length === 0);
}
function sectionOf(draft) {
    const { file } = draft;
    const error = (message) => ({
        section: { file, kind: 'error', interpreter: null, libraries: [], error: message },
        unknown: []
    });
    if (!draft.reported) {
        return error(draft.flavor === 'musl' ? MUSL_ONE_FILE_PER_CALL : NOTHING_PRINTED);
    }
    if (draft.claim?.kind === 'error')
        return error(draft.claim.error);
    if (draft.staticLine || draft.claim?.kind === 'static') {
        return {
            section: { file, kind: 'static', interpreter: null, libraries: [] },
            unknown: draft.unknown
        };
    }
    const { interpreter, others } = pickInterpreter(draft);
    const libraries = unique([...others, ...draft.libraries]);
    if (interpreter === null && libraries.length === 0) {
        // Only lines we do not know, e.g. a loader's fatal error: the file could not be traced.
        return error(draft.unknown.length > 0 ? draft.unknown.join('; ') : NOTHING_PRINTED);
    }
    return {
        section: { file, kind: 'dynamic', interpreter, libraries },
        unknown: draft.unknown
    };
}
/**
 * A line without `=>` is the interpreter, or a library named by its absolute path in DT_NEEDED.
 * A loader's name decides; else position: musl prints the interpreter first, glibc last.
 * `ld-linux-x86-64.so.2 => /lib64/ld-linux-x86-64.so.2` (a loader needed by name) stays a
 * library and also names the interpreter when no line without `=>` does.
 */
function pickInterpreter(draft) {
    const candidates = draft.interpreters;
    let interpreter = candidates.find(path => LOADER_NAME.test(basename(path))) ??
        (draft.flavor === 'musl' ? candidates[0] : candidates[candidates.length - 1]) ??
        null;
    const others = candidates
        .filter(path => path !== interpreter)
        .map(path => ({ soname: path, path }));
    if (interpreter === null) {
        const loader = draft.libraries.find(l => l.path !== null && LOADER_NAME.test(l.soname));
        interpreter = loader?.path ?? null;
    }
    return { interpreter, others };
}
function unique(libraries) {
    const seen = new Set();
    return libraries.filter(library => {
        const key = `${library.soname}\0${library.path ?? ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function basename(path) {
    return path.trim().split('/').pop() ?? '';
}
function errorSentence(file, error) {
    if (error === MUSL_ONE_FILE_PER_CALL) {
        return (`${file} was not examined: the builder's ldd is musl's, which lists one file per call; ` +
            'run ldd on it alone');
    }
    if (error === NOTHING_PRINTED) {
        return `ldd printed nothing about ${file} in the builder image; run ldd on it alone to see why`;
    }
    if (/No such file or directory/i.test(error)) {
        return (`${file} does not exist in the builder image (ldd: ${error}); check the path, or that ` +
            'the builder stage installs it');
    }
    if (error === 'not regular file') {
        return (`${file} is not a regular file in the builder image (a directory or a device?); ` +
            'name the program itself');
    }
    if (error === READ_PERMISSION) {
        return (`${file} is not readable in the builder image by the user ldd ran as (ldd: ${error}); ` +
            'make it readable to that user');
    }
    return `ldd could not examine ${file} in the builder image: ${error}`;
}
/** glibc's exit 1 for static files and errors, musl's 127 for missing libraries. */
function explainsFailure(section) {
    if (section.kind === 'static')
        return true;
    if (section.kind === 'error') {
        return section.error !== MUSL_ONE_FILE_PER_CALL && section.error !== NOTHING_PRINTED;
    }
    return section.libraries.some(library => library.path === null);
}

;// CONCATENATED MODULE: ./src/ldd-cache.ts
// ldd results of a builder image, reused while the image is unchanged: under emulation the ldd
// container is the slowest part of a check.



/** Bumped whenever the cached data or the parser's meaning changes. */
const CACHE_VERSION = 1;
/** The builder image's content ID, the platform and the files fully decide what ldd says. */
function lddCacheKey(imageId, platform, files) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    hash.update(JSON.stringify({ version: CACHE_VERSION, imageId, platform, files }));
    return `distroless-verify-ldd-v${CACHE_VERSION}-${platform.replace(/\//g, '-')}-${hash.digest('hex').slice(0, 32)}`;
}
function isLddParseResult(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const record = value;
    return (Array.isArray(record.sections) &&
        Array.isArray(record.unattributed) &&
        Array.isArray(record.notes));
}
function readCacheFile(file) {
    try {
        const value = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
        return isLddParseResult(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** One JSON file a key in a folder: the local command's cache. */
class FolderCache {
    folder;
    constructor(folder) {
        this.folder = folder;
    }
    get description() {
        return `folder ${this.folder}`;
    }
    async get(key) {
        return readCacheFile(external_node_path_default().join(this.folder, `${key}.json`));
    }
    async set(key, value) {
        (0,external_node_fs_namespaceObject.mkdirSync)(this.folder, { recursive: true });
        const file = external_node_path_default().join(this.folder, `${key}.json`);
        // Write then rename, so a run that reads at the same time never sees half a file.
        const partial = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_namespaceObject.writeFileSync)(partial, JSON.stringify(value));
        (0,external_node_fs_namespaceObject.renameSync)(partial, file);
    }
}

;// CONCATENATED MODULE: ./src/elf.ts
/**
 * What an ELF file asks of the dynamic loader: its interpreter, the libraries it needs, where it
 * says to look for them and which symbol versions it needs or defines. Everything is read through
 * the program headers, as the kernel and ld.so read it, so stripped files and files without
 * section headers decode the same.
 */
class ElfFormatError extends Error {
    name = 'ElfFormatError';
}
const MAGIC = [0x7f, 0x45, 0x4c, 0x46];
/** True when the bytes start with the ELF magic number; says nothing about the rest. */
function isElf(bytes) {
    return bytes.length >= MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte);
}
const MACHINE_NAMES = new Map([
    [0, 'none'],
    [2, 'SPARC'],
    [3, 'i386'],
    [4, 'm68k'],
    [8, 'MIPS'],
    [15, 'PA-RISC'],
    [18, 'SPARC32+'],
    [20, 'PowerPC'],
    [21, 'PowerPC64'],
    [22, 'S/390'],
    [40, 'ARM'],
    [42, 'SuperH'],
    [43, 'SPARC V9'],
    [50, 'IA-64'],
    [62, 'x86-64'],
    [183, 'AArch64'],
    [243, 'RISC-V'],
    [258, 'LoongArch']
]);
function elfMachineName(machine) {
    return MACHINE_NAMES.get(machine) ?? `unknown (${machine})`;
}
/** The GOARCH-style architecture of a container platform (`linux/<arch>`) the file runs on. */
function elfMachineToPlatformArch(machine, elfClass, endianness) {
    const little = endianness === 'little';
    if (machine === 62 && elfClass === 64 && little)
        return 'amd64';
    if (machine === 183 && elfClass === 64 && little)
        return 'arm64';
    if (machine === 3 && elfClass === 32 && little)
        return '386';
    if (machine === 40 && elfClass === 32 && little)
        return 'arm';
    if (machine === 243 && elfClass === 64 && little)
        return 'riscv64';
    if (machine === 21 && elfClass === 64 && little)
        return 'ppc64le';
    if (machine === 22 && elfClass === 64 && !little)
        return 's390x';
    return null;
}
const ET_TYPES = new Map([
    [1, 'rel'],
    [2, 'exec'],
    [3, 'dyn'],
    [4, 'core']
]);
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PN_XNUM = 0xffff;
const DT_NULL = 0n;
const DT_NEEDED = 1n;
const DT_STRTAB = 5n;
const DT_STRSZ = 10n;
const DT_SONAME = 14n;
const DT_RPATH = 15n;
const DT_RUNPATH = 29n;
const DT_FLAGS_1 = 0x6ffffffbn;
const DT_VERDEF = 0x6ffffffcn;
const DT_VERDEFNUM = 0x6ffffffdn;
const DT_VERNEED = 0x6ffffffen;
const DT_VERNEEDNUM = 0x6fffffffn;
const VER_FLG_BASE = 0x1;
const VER_FLG_WEAK = 0x2;
const LAYOUT_32 = { header: 52, programHeader: 32, sectionHeader: 40, dynamicEntry: 8 };
const LAYOUT_64 = { header: 64, programHeader: 56, sectionHeader: 64, dynamicEntry: 16 };
const hex = (value) => `0x${value.toString(16)}`;
/** Bounds-checked reads in the file's byte order; every miss is an ElfFormatError. */
class ElfReader {
    bytes;
    little;
    wide;
    length;
    view;
    utf8 = new TextDecoder('utf-8');
    constructor(bytes, little, wide) {
        this.bytes = bytes;
        this.little = little;
        this.wide = wide;
        this.length = bytes.length;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    /** Fails unless [offset, offset + size) lies inside the file. */
    require(offset, size, what) {
        if (offset < 0 || size < 0 || offset + size > this.length) {
            throw new ElfFormatError(`${what} (${size} bytes at offset ${hex(offset)}) runs past the end of the file (${this.length} bytes): truncated or corrupt`);
        }
    }
    u16(offset, what) {
        this.require(offset, 2, what);
        return this.view.getUint16(offset, this.little);
    }
    u32(offset, what) {
        this.require(offset, 4, what);
        return this.view.getUint32(offset, this.little);
    }
    /** An Elf32_Addr/Off/Word or Elf64_Addr/Off/Xword, as the class says. */
    word(offset, what) {
        if (!this.wide)
            return BigInt(this.u32(offset, what));
        this.require(offset, 8, what);
        return this.view.getBigUint64(offset, this.little);
    }
    /** A word used as a file offset or size: it must fit in the file to be of any use. */
    fileOffset(offset, what) {
        const value = this.word(offset, what);
        if (value > BigInt(this.length)) {
            throw new ElfFormatError(`${what} is ${hex(value)}, past the end of the file (${this.length} bytes): truncated or corrupt`);
        }
        return Number(value);
    }
    /** Text up to the first NUL in [start, end), or to end when there is none. */
    text(start, end) {
        const nul = this.bytes.subarray(start, end).indexOf(0);
        return this.utf8.decode(this.bytes.subarray(start, nul === -1 ? end : start + nul));
    }
}
/**
 * The dynamic string table, bounded by DT_STRSZ or else by the segment holding it. Forged
 * references could ask for the same long string from thousands of records; decoding stops at
 * a few times what the file could honestly name.
 */
class StringTable {
    reader;
    start;
    end;
    decoded = new Map();
    budget;
    constructor(reader, start, end) {
        this.reader = reader;
        this.start = start;
        this.end = end;
        this.budget = 2 * reader.length + 65_536;
    }
    get(index, what) {
        const size = this.end - this.start;
        if (BigInt(index) >= BigInt(size)) {
            throw new ElfFormatError(`${what} points to string ${hex(index)}, outside the dynamic string table (${size} bytes)`);
        }
        const offset = Number(index);
        const known = this.decoded.get(offset);
        if (known !== undefined)
            return known;
        const start = this.start + offset;
        const length = this.reader.bytes.subarray(start, this.end).indexOf(0);
        if (length === -1) {
            throw new ElfFormatError(`${what} at string ${hex(index)} is not NUL-terminated`);
        }
        this.budget -= length + 1;
        if (this.budget < 0) {
            throw new ElfFormatError('the dynamic strings referenced add up to more than the file holds');
        }
        const text = this.reader.text(start, start + length);
        this.decoded.set(offset, text);
        return text;
    }
}
function parseElf(bytes) {
    if (!isElf(bytes)) {
        const head = Array.from(bytes.subarray(0, 4), byte => byte.toString(16).padStart(2, '0'));
        throw new ElfFormatError(`not an ELF file: starts with [${head.join(' ')}], not 7f 45 4c 46`);
    }
    const { elfClass, endianness } = identification(bytes);
    const layout = elfClass === 64 ? LAYOUT_64 : LAYOUT_32;
    const reader = new ElfReader(bytes, endianness === 'little', elfClass === 64);
    reader.require(0, layout.header, `the ${elfClass}-bit ELF header`);
    const eType = reader.u16(16, 'e_type');
    const machine = reader.u16(18, 'e_machine');
    checkSectionHeaderTable(reader, layout);
    const segments = readSegments(reader, layout);
    const info = {
        class: elfClass,
        endianness,
        type: ET_TYPES.get(eType) ?? 'other',
        machine,
        machineName: elfMachineName(machine),
        interpreter: null,
        dynamic: false,
        needed: [],
        soname: null,
        rpath: null,
        runpath: null,
        versionNeeds: [],
        versionDefinitions: []
    };
    const interp = segments.find(segment => segment.type === PT_INTERP);
    if (interp !== undefined) {
        info.interpreter = reader.text(interp.offset, interp.offset + interp.filesz);
    }
    const dynamicSegment = segments.find(segment => segment.type === PT_DYNAMIC);
    if (dynamicSegment !== undefined) {
        info.dynamic = true;
        readDynamic(reader, layout, dynamicSegment, segments, info);
    }
    return info;
}
function identification(bytes) {
    const classByte = bytes[4];
    const dataByte = bytes[5];
    if (classByte === undefined || dataByte === undefined) {
        throw new ElfFormatError(`truncated ELF identification: ${bytes.length} bytes`);
    }
    if (classByte !== 1 && classByte !== 2) {
        throw new ElfFormatError(`unknown ELF class (EI_CLASS ${classByte}), neither 32- nor 64-bit`);
    }
    if (dataByte !== 1 && dataByte !== 2) {
        throw new ElfFormatError(`unknown ELF byte order (EI_DATA ${dataByte}), neither little nor big`);
    }
    return { elfClass: classByte === 1 ? 32 : 64, endianness: dataByte === 1 ? 'little' : 'big' };
}
/** Not used for decoding; a table that runs past the end betrays a truncated file. */
function checkSectionHeaderTable(reader, layout) {
    const wide = reader.wide;
    const shoff = reader.fileOffset(wide ? 40 : 32, 'e_shoff');
    const shentsize = reader.u16(wide ? 58 : 46, 'e_shentsize');
    const shnum = reader.u16(wide ? 60 : 48, 'e_shnum');
    if (shoff === 0)
        return;
    if (shentsize < layout.sectionHeader) {
        throw new ElfFormatError(`e_shentsize ${shentsize} is smaller than a section header (${layout.sectionHeader})`);
    }
    // With e_shnum 0 the real count is in the first entry; that entry must be there either way.
    reader.require(shoff, Math.max(shnum, 1) * shentsize, 'the section header table');
}
function readSegments(reader, layout) {
    const wide = reader.wide;
    const phoff = reader.fileOffset(wide ? 32 : 28, 'e_phoff');
    const phentsize = reader.u16(wide ? 54 : 42, 'e_phentsize');
    let phnum = reader.u16(wide ? 56 : 44, 'e_phnum');
    if (phnum === PN_XNUM)
        phnum = programHeaderCountFromSection0(reader);
    if (phnum === 0)
        return [];
    if (phentsize < layout.programHeader) {
        throw new ElfFormatError(`e_phentsize ${phentsize} is smaller than a program header (${layout.programHeader})`);
    }
    reader.require(phoff, phnum * phentsize, `the program header table (${phnum} entries)`);
    const segments = [];
    for (let index = 0; index < phnum; index++) {
        const at = phoff + index * phentsize;
        const what = `program header ${index}`;
        const type = reader.u32(at, `${what} p_type`);
        const offset = reader.fileOffset(at + (wide ? 8 : 4), `${what} p_offset`);
        const vaddr = reader.word(at + (wide ? 16 : 8), `${what} p_vaddr`);
        const filesz = reader.fileOffset(at + (wide ? 32 : 16), `${what} p_filesz`);
        reader.require(offset, filesz, `the contents of ${what} (type ${hex(type)})`);
        segments.push({ type, offset, vaddr, filesz });
    }
    return segments;
}
/** PN_XNUM: more than 0xfffe program headers, the count is in section header 0's sh_info. */
function programHeaderCountFromSection0(reader) {
    const shoff = reader.fileOffset(reader.wide ? 40 : 32, 'e_shoff');
    if (shoff === 0)
        throw new ElfFormatError('e_phnum is PN_XNUM but there is no section header 0');
    return reader.u32(shoff + (reader.wide ? 44 : 28), 'sh_info of section header 0 (the program header count)');
}
function readDynamicTags(reader, layout, segment) {
    const tags = { needed: [], single: new Map() };
    const half = layout.dynamicEntry / 2;
    const count = Math.floor(segment.filesz / layout.dynamicEntry);
    for (let index = 0; index < count; index++) {
        const at = segment.offset + index * layout.dynamicEntry;
        const tag = reader.word(at, `dynamic entry ${index} d_tag`);
        if (tag === DT_NULL)
            break;
        const value = reader.word(at + half, `dynamic entry ${index} d_val`);
        if (tag === DT_NEEDED)
            tags.needed.push(value);
        else
            tags.single.set(tag, value);
    }
    return tags;
}
function readDynamic(reader, layout, dynamicSegment, segments, info) {
    const tags = readDynamicTags(reader, layout, dynamicSegment);
    const loads = segments.filter(segment => segment.type === PT_LOAD);
    const strings = stringTable(reader, tags, loads);
    const text = (tag, what) => {
        const value = tags.single.get(tag);
        if (value === undefined)
            return null;
        return strings().get(value, what);
    };
    info.needed = tags.needed.map(value => strings().get(value, 'DT_NEEDED'));
    info.soname = text(DT_SONAME, 'DT_SONAME');
    info.rpath = text(DT_RPATH, 'DT_RPATH')?.split(':') ?? null;
    info.runpath = text(DT_RUNPATH, 'DT_RUNPATH')?.split(':') ?? null;
    const flags1 = tags.single.get(DT_FLAGS_1);
    if (flags1 !== undefined)
        info.flags1 = Number(flags1);
    // Version records are linked lists; every record read spends from one budget, so no chain of
    // forged links can take longer than the file has bytes for.
    const budget = { records: Math.floor(reader.length / 8) + 1 };
    const verneed = tags.single.get(DT_VERNEED);
    if (verneed !== undefined) {
        const start = addressToOffset(verneed, loads, 'DT_VERNEED').offset;
        const count = countTag(tags, DT_VERNEEDNUM);
        info.versionNeeds = readVersionNeeds(reader, strings(), start, count, budget);
    }
    const verdef = tags.single.get(DT_VERDEF);
    if (verdef !== undefined) {
        const start = addressToOffset(verdef, loads, 'DT_VERDEF').offset;
        const count = countTag(tags, DT_VERDEFNUM);
        info.versionDefinitions = readVersionDefinitions(reader, strings(), start, count, budget);
    }
}
/** Looked up only when a string is needed: a file may have DT_STRTAB and nothing to name. */
function stringTable(reader, tags, loads) {
    let table;
    return () => {
        if (table !== undefined)
            return table;
        const address = tags.single.get(DT_STRTAB);
        if (address === undefined) {
            throw new ElfFormatError('the dynamic section names strings but has no DT_STRTAB');
        }
        const { offset: start, segmentEnd } = addressToOffset(address, loads, 'DT_STRTAB');
        const size = tags.single.get(DT_STRSZ);
        let end = segmentEnd;
        if (size !== undefined) {
            if (size > BigInt(reader.length - start)) {
                throw new ElfFormatError(`DT_STRSZ ${size} runs past the end of the file (${reader.length} bytes) from DT_STRTAB at offset ${hex(start)}`);
            }
            end = start + Number(size);
        }
        table = new StringTable(reader, start, end);
        return table;
    };
}
/** Where ld.so finds the bytes at a virtual address: through the PT_LOAD segment that maps it. */
function addressToOffset(address, loads, what) {
    const segment = loads.find(load => address >= load.vaddr && address - load.vaddr < BigInt(load.filesz));
    if (segment === undefined) {
        throw new ElfFormatError(`${what} address ${hex(address)} is not in the file contents of any PT_LOAD segment`);
    }
    // Inside the segment's file contents, which readSegments checked against the file's length.
    return {
        offset: segment.offset + Number(address - segment.vaddr),
        segmentEnd: segment.offset + segment.filesz
    };
}
/** DT_VERNEEDNUM / DT_VERDEFNUM; without one, the chain's own end (vn_next 0) decides. */
function countTag(tags, tag) {
    const value = tags.single.get(tag);
    if (value === undefined)
        return Number.POSITIVE_INFINITY;
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
function spend(budget) {
    budget.records -= 1;
    if (budget.records < 0) {
        throw new ElfFormatError('the version records link into more records than the file can hold');
    }
}
const VERNEED_SIZE = 16;
const VERNAUX_SIZE = 16;
const VERDEF_SIZE = 20;
const VERDAUX_SIZE = 8;
function readVersionNeeds(reader, strings, start, count, budget) {
    const needs = [];
    let at = start;
    for (let index = 0; index < count; index++) {
        spend(budget);
        const what = `Verneed ${index}`;
        reader.require(at, VERNEED_SIZE, what);
        const version = reader.u16(at, `${what} vn_version`);
        if (version !== 1)
            throw new ElfFormatError(`${what} has vn_version ${version}, not 1`);
        const auxCount = reader.u16(at + 2, `${what} vn_cnt`);
        const file = strings.get(reader.u32(at + 4, `${what} vn_file`), `${what} vn_file`);
        const versions = [];
        let auxAt = at + reader.u32(at + 8, `${what} vn_aux`);
        for (let auxIndex = 0; auxIndex < auxCount; auxIndex++) {
            spend(budget);
            const auxWhat = `${what} Vernaux ${auxIndex}`;
            reader.require(auxAt, VERNAUX_SIZE, auxWhat);
            const hash = reader.u32(auxAt, `${auxWhat} vna_hash`);
            const flags = reader.u16(auxAt + 4, `${auxWhat} vna_flags`);
            const name = strings.get(reader.u32(auxAt + 8, `${auxWhat} vna_name`), `${auxWhat} vna_name`);
            versions.push({ name, hash, weak: (flags & VER_FLG_WEAK) !== 0 });
            const next = reader.u32(auxAt + 12, `${auxWhat} vna_next`);
            if (next === 0)
                break;
            auxAt += next;
        }
        needs.push({ file, versions });
        const next = reader.u32(at + 12, `${what} vn_next`);
        if (next === 0)
            break;
        at += next;
    }
    return needs;
}
function readVersionDefinitions(reader, strings, start, count, budget) {
    const definitions = [];
    let at = start;
    for (let index = 0; index < count; index++) {
        spend(budget);
        const what = `Verdef ${index}`;
        reader.require(at, VERDEF_SIZE, what);
        const version = reader.u16(at, `${what} vd_version`);
        if (version !== 1)
            throw new ElfFormatError(`${what} has vd_version ${version}, not 1`);
        const flags = reader.u16(at + 2, `${what} vd_flags`);
        const auxCount = reader.u16(at + 6, `${what} vd_cnt`);
        const hash = reader.u32(at + 8, `${what} vd_hash`);
        if (auxCount === 0)
            throw new ElfFormatError(`${what} has no Verdaux, so no name`);
        // The first Verdaux names the version; the others name its parents.
        const auxAt = at + reader.u32(at + 12, `${what} vd_aux`);
        reader.require(auxAt, VERDAUX_SIZE, `${what} Verdaux`);
        const name = strings.get(reader.u32(auxAt, `${what} vda_name`), `${what} vda_name`);
        definitions.push({ name, hash, base: (flags & VER_FLG_BASE) !== 0 });
        const next = reader.u32(at + 16, `${what} vd_next`);
        if (next === 0)
            break;
        at += next;
    }
    return definitions;
}

;// CONCATENATED MODULE: ./src/loader.ts
/**
 * The dynamic loader's search, modelled without running anything: for one program in an image,
 * which file each DT_NEEDED name resolves to by that image's own loader (glibc's ld.so or musl's),
 * and what is missing. Pure: the image is asked through `LoaderImage` and nothing else is read.
 *
 * glibc: elf/dl-load.c `_dl_map_object` (search order, DSTs, `open_verify`), elf/dl-deps.c
 * (breadth-first), elf/dl-object.c (`l_origin`), elf/dl-version.c (version checks).
 * musl: ldso/dynlink.c `load_library`, `fixup_rpath`, `path_open`.
 *
 * Left out on purpose, because the answer depends on the machine that runs the image rather than
 * on the image: glibc-hwcaps and legacy hwcaps subdirectories (`glibc-hwcaps/x86-64-v3/`,
 * `haswell/`; every CPU falls back to the plain directory, which is what this answers for), and
 * the ld.so.cache entries of those subdirectories. Also left out: LD_PRELOAD, /etc/ld.so.preload,
 * secure-execution (setuid) rules, dlopen, and symbol binding (only versions are checked).
 */

/** Debian's multiarch triplets (the folder names under /lib and /usr/lib). */
const TRIPLETS = {
    amd64: 'x86_64-linux-gnu',
    arm64: 'aarch64-linux-gnu',
    '386': 'i386-linux-gnu',
    arm: 'arm-linux-gnueabihf',
    ppc64le: 'powerpc64le-linux-gnu',
    s390x: 's390x-linux-gnu',
    riscv64: 'riscv64-linux-gnu'
};
/**
 * AT_PLATFORM as the kernel sets it, for `$PLATFORM`. On ppc64le and s390x it names the CPU
 * generation (power9, z15) and riscv64 sets none; there the element is dropped, as glibc does
 * with a DST it knows but has no value for, unless `LoadOptions.platform` says.
 */
const PLATFORMS = {
    amd64: 'x86_64',
    arm64: 'aarch64',
    '386': 'i686',
    arm: 'v7l'
};
/**
 * The ld.so.cache flags glibc's loader accepts (`_DL_CACHE_DEFAULT_ID` and
 * `_dl_cache_check_flags` of each sysdeps dl-cache.h): libc6 plus the ABI byte.
 */
const CACHE_FLAGS = {
    amd64: [0x0303],
    arm64: [0x0a03],
    '386': [0x0001, 0x0003],
    arm: [0x0903],
    ppc64le: [0x0503],
    s390x: [0x0403],
    riscv64: [0x1003]
};
/** musl's LDSO_ARCH, used when the interpreter's name does not say it. */
const MUSL_ARCHES = {
    amd64: 'x86_64',
    arm64: 'aarch64',
    '386': 'i386',
    arm: 'armhf',
    ppc64le: 'powerpc64le',
    s390x: 's390x',
    riscv64: 'riscv64'
};
const MUSL_DEFAULT_PATH = '/lib:/usr/local/lib:/usr/lib';
/** Names musl answers with itself: `lib` + one of these + `.` (ldso/dynlink.c `reserved`). */
const MUSL_RESERVED = ['c.', 'pthread.', 'rt.', 'm.', 'dl.', 'util.', 'xnet.'];
const DF_1_NODEFLIB = 0x800;
const DF_1_PIE = 0x8000000;
/**
 * glibc's built-in search directories. They are fixed when glibc is built: Debian and Ubuntu
 * (and so distroless) search `/lib/<triplet>`, `/usr/lib/<triplet>`, `/lib`, `/usr/lib` (read
 * from Debian 12's ld.so); RHEL, Fedora, Mariner and Azure Linux search `/lib64`, `/usr/lib64`
 * on 64-bit machines. The image does not say which glibc it has, so both families are searched,
 * multiarch first: a library present only in the other family's folder is counted as found
 * (rare; `LoadOptions.systemDirs` makes it exact).
 */
function defaultSystemDirs(platformArch, elfClass) {
    const triplet = TRIPLETS[platformArch];
    const dirs = triplet === undefined ? [] : [`/lib/${triplet}`, `/usr/lib/${triplet}`];
    dirs.push('/lib', '/usr/lib');
    if (elfClass === 64)
        dirs.push('/lib64', '/usr/lib64');
    return dirs;
}
/**
 * What glibc expands `$LIB` to (DL_DST_LIB, fixed when glibc is built): Debian 12's ld.so holds
 * `lib/<triplet>` (read from the binary), RHEL-like 64-bit builds `lib64`, others `lib`. Chosen
 * by the image's folders, in that order; `LoadOptions.libDirName` says it outright.
 */
function defaultLibDir(image, platformArch, elfClass) {
    const triplet = TRIPLETS[platformArch];
    if (triplet !== undefined &&
        (isDirectory(image, `/lib/${triplet}`) || isDirectory(image, `/usr/lib/${triplet}`))) {
        return `lib/${triplet}`;
    }
    if (elfClass === 64 && isDirectory(image, '/lib64'))
        return 'lib64';
    return 'lib';
}
/** A trailing `.` demands a folder: only a folder ends the walk as `not-a-file`. */
function isDirectory(image, path) {
    return image.resolve(`${path}/.`).failure?.kind === 'not-a-file';
}
/** glibc's flavor is the default: any interpreter that is not musl's is taken for glibc's. */
function loaderFlavor(interpreter) {
    if (interpreter === null)
        return 'none';
    return /(?:^|\/)ld-musl-[^/]+$/.test(interpreter) ? 'musl' : 'glibc';
}
function loadProgram(image, executable, options = {}) {
    const cwd = options.cwd ?? '/';
    const result = {
        executable,
        resolvedExecutable: null,
        interpreter: null,
        flavor: 'none',
        objects: [],
        missing: [],
        versionProblems: [],
        notes: []
    };
    const resolution = image.resolve(absolute(executable, cwd));
    if (!resolution.found || resolution.resolvedPath === undefined) {
        result.notes.push(`${executable}: ${describeResolution(resolution)}`);
        return result;
    }
    result.resolvedExecutable = resolution.resolvedPath;
    const elf = image.elf(resolution.resolvedPath);
    if (elf === undefined) {
        result.notes.push(`${executable}: not an ELF file`);
        return result;
    }
    result.interpreter = elf.interpreter;
    result.flavor = loaderFlavor(elf.interpreter);
    if (result.flavor === 'none') {
        if (elf.needed.length > 0) {
            result.notes.push(`${executable}: lists libraries but has no interpreter to load them`);
        }
        return result;
    }
    const arch = elfMachineToPlatformArch(elf.machine, elf.class, elf.endianness);
    if (arch !== null && options.platformArch !== undefined && options.platformArch !== arch) {
        result.notes.push(`${executable} is built for ${arch}, not ${options.platformArch}; its own architecture's rules apply`);
    }
    const run = new LoaderRun(image, executable, resolution.resolvedPath, elf, {
        ...options,
        cwd,
        platformArch: arch ?? options.platformArch ?? ''
    });
    run.load(result);
    return result;
}
class LoaderRun {
    #image;
    #options;
    #exe;
    #main;
    #loaded = [];
    #order = [];
    #missing = new Map();
    #elfs = new Map();
    #notes = [];
    #interpreter = null;
    #interpreterObject = null;
    #musl;
    #glibcDst;
    constructor(image, executable, resolvedExecutable, elf, options) {
        this.#image = image;
        this.#options = options;
        this.#exe = elf;
        this.#musl = loaderFlavor(elf.interpreter) === 'musl';
        // The kernel's /proc/self/exe: the real path, every link followed.
        this.#main = {
            object: null,
            name: executable,
            names: new Set(!this.#musl && elf.soname !== null ? [elf.soname] : []),
            elf,
            origin: dirname(resolvedExecutable),
            loader: null,
            realPath: resolvedExecutable
        };
        this.#loaded.push(this.#main);
    }
    load(result) {
        this.#mapInterpreter(this.#exe.interpreter ?? '');
        const queue = [this.#main];
        for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
            for (const name of current.elf.needed) {
                const mapped = this.#mapNeeded(name, current);
                if (mapped !== null)
                    queue.push(mapped);
            }
        }
        if (this.#interpreterObject !== null && !this.#order.includes(this.#interpreterObject)) {
            this.#order.push(this.#interpreterObject);
        }
        result.objects = this.#order;
        result.missing = this.#order.filter(object => object.path === null);
        if (!this.#musl)
            result.versionProblems = this.#checkVersions();
        result.notes.push(...this.#notes);
    }
    /** The kernel maps PT_INTERP before anything runs; it answers to its path and DT_SONAME. */
    #mapInterpreter(path) {
        const basename = path.slice(path.lastIndexOf('/') + 1);
        const object = {
            soname: basename,
            path: null,
            foundVia: null,
            neededBy: [this.#main.name],
            searched: [path]
        };
        this.#interpreterObject = object;
        const absolutePath = absolute(path, this.#options.cwd);
        const resolution = this.#image.resolve(absolutePath);
        const verdict = this.#examine(path);
        if (verdict.kind !== 'ok') {
            object.failure =
                verdict.kind === 'absent' ? describeResolution(resolution) : `${path}: ${verdict.reason}`;
            if (verdict.kind !== 'absent')
                object.rejected = [{ path, reason: verdict.reason }];
            this.#missing.set(basename, object);
            this.#order.push(object);
            return;
        }
        object.soname = verdict.elf.soname ?? basename;
        object.path = path;
        object.resolvedPath = verdict.resolvedPath;
        object.foundVia = 'interpreter';
        const names = this.#musl ? [path] : [path, object.soname];
        this.#interpreter = {
            object,
            name: path,
            names: new Set(names),
            elf: verdict.elf,
            origin: dirname(absolutePath),
            loader: null,
            realPath: verdict.resolvedPath
        };
        this.#loaded.push(this.#interpreter);
    }
    /** The object for one DT_NEEDED entry of `requester`; returns it only when newly mapped. */
    #mapNeeded(rawName, requester) {
        let name = rawName;
        if (this.#isInterpreterName(name)) {
            const self = this.#interpreter;
            if (self === null) {
                // Whoever needs the interpreter by name needs the one that is not there.
                const object = this.#interpreterObject;
                if (object !== null && !object.neededBy.includes(requester.name)) {
                    object.neededBy.push(requester.name);
                }
                return null;
            }
            if (this.#musl) {
                if (self.object !== null && !this.#order.includes(self.object)) {
                    // First asked for by a reserved name: that is the name ldd prints for it.
                    self.object.soname = name;
                }
                this.#addNeededBy(self, requester);
                return null;
            }
        }
        if (!this.#musl && name.includes('/') && name.includes('$')) {
            const expanded = this.#expandGlibc(name, requester);
            if (expanded === null) {
                this.#notes.push(`${requester.name}: DT_NEEDED ${name} names a DST without a value here`);
            }
            else
                name = expanded;
        }
        const known = this.#findLoaded(name);
        if (known !== undefined) {
            this.#addNeededBy(known, requester);
            return null;
        }
        const search = this.#search(name, requester);
        const found = search.found;
        if (found === null) {
            this.#recordMissing(name, requester, search);
            return null;
        }
        const same = this.#loaded.find(mapped => mapped.realPath === found.resolvedPath);
        if (same !== undefined) {
            // The same file under another name (glibc: _dl_file_id_match_p; musl: st_dev/st_ino).
            if (!name.includes('/'))
                same.names.add(name);
            this.#addNeededBy(same, requester);
            return null;
        }
        const object = {
            soname: rawName,
            path: found.path,
            resolvedPath: found.resolvedPath,
            foundVia: found.via,
            neededBy: [requester.name],
            searched: search.searched
        };
        if (search.rejected.length > 0)
            object.rejected = search.rejected;
        const names = new Set();
        // musl finds loaded objects only by the short name they were searched under.
        if (!this.#musl || !name.includes('/'))
            names.add(name);
        if (!this.#musl) {
            names.add(found.path);
            if (found.elf.soname !== null)
                names.add(found.elf.soname);
        }
        const mapped = {
            object,
            name: found.path,
            names,
            elf: found.elf,
            origin: dirname(absolute(found.path, this.#options.cwd)),
            loader: requester,
            realPath: found.resolvedPath
        };
        this.#loaded.push(mapped);
        this.#order.push(object);
        return mapped;
    }
    /** glibc: the interpreter's path or soname; musl: also libc, libm, libpthread and the like. */
    #isInterpreterName(name) {
        const path = this.#exe.interpreter ?? '';
        if (name === path)
            return true;
        if (this.#musl) {
            return name.startsWith('lib') && MUSL_RESERVED.some(part => name.startsWith(part, 3));
        }
        const self = this.#interpreter;
        if (self !== null)
            return self.names.has(name);
        return name === path.slice(path.lastIndexOf('/') + 1);
    }
    #findLoaded(name) {
        return this.#loaded.find(mapped => mapped.names.has(name));
    }
    #addNeededBy(mapped, requester) {
        const object = mapped.object;
        if (object === null)
            return;
        if (!object.neededBy.includes(requester.name))
            object.neededBy.push(requester.name);
        // The interpreter takes its place in the link map where it is first needed.
        if (!this.#order.includes(object))
            this.#order.push(object);
    }
    /** Each name missing once; a later requester searches again (its paths may differ). */
    #recordMissing(name, requester, search) {
        const known = this.#missing.get(name);
        if (known !== undefined) {
            if (!known.neededBy.includes(requester.name))
                known.neededBy.push(requester.name);
            return;
        }
        const object = {
            soname: name,
            path: null,
            foundVia: null,
            neededBy: [requester.name],
            searched: search.searched
        };
        if (search.wrongClass)
            object.wrongClass = true;
        if (search.rejected.length > 0)
            object.rejected = search.rejected;
        if (search.failure !== undefined)
            object.failure = search.failure;
        this.#missing.set(name, object);
        this.#order.push(object);
    }
    #search(name, requester) {
        const search = { found: null, searched: [], rejected: [], wrongClass: false };
        if (name.includes('/')) {
            this.#tryAll(search, name, { via: 'absolute', dirs: [name], files: true });
            return search;
        }
        const sources = this.#musl ? this.#muslSources(requester) : this.#glibcSources(name, requester);
        for (const source of sources) {
            if (this.#tryAll(search, name, source))
                break;
        }
        // Only a hit of the other class makes ld.so say `wrong ELF class`.
        if (search.found !== null)
            search.wrongClass = false;
        return search;
    }
    /** True when the search is over: found, or stopped by a file the loader cannot use. */
    #tryAll(search, name, source) {
        for (const dir of source.dirs) {
            const path = source.files === true ? dir : inDir(dir, name);
            if (search.searched.includes(path))
                continue;
            search.searched.push(path);
            const verdict = this.#examine(path);
            switch (verdict.kind) {
                case 'ok':
                    search.found = {
                        path,
                        resolvedPath: verdict.resolvedPath,
                        elf: verdict.elf,
                        via: source.via
                    };
                    return true;
                case 'absent':
                    continue;
                case 'skip':
                    search.rejected.push({ path, reason: verdict.reason });
                    if (verdict.wrongClass)
                        search.wrongClass = true;
                    continue;
                case 'fatal':
                    search.rejected.push({ path, reason: verdict.reason });
                    search.failure = `${path}: ${verdict.reason}`;
                    return true;
            }
        }
        return false;
    }
    /**
     * glibc's `open_verify`: a file of the other class or machine is passed over, anything else
     * that is not a loadable shared object of this program's kind stops the search with an error.
     * musl passes over nothing: the first file that opens is the one it maps.
     */
    #examine(path) {
        const resolution = this.#image.resolve(absolute(path, this.#options.cwd));
        const resolvedPath = resolution.resolvedPath;
        if (!resolution.found || resolvedPath === undefined) {
            // open() succeeds on a folder or a device; reading the ELF header from it does not.
            if (resolution.failure?.kind === 'not-a-file' && resolvedPath !== undefined) {
                return { kind: 'fatal', reason: 'not a regular file' };
            }
            return { kind: 'absent' };
        }
        const elf = this.#elfAt(resolvedPath);
        const exe = this.#exe;
        if (elf === undefined)
            return { kind: 'fatal', reason: 'not an ELF file (invalid ELF header)' };
        const skip = this.#musl ? 'fatal' : 'skip';
        if (elf.class !== exe.class) {
            const reason = `wrong ELF class: ELFCLASS${elf.class}, the program is ELFCLASS${exe.class}`;
            return skip === 'skip'
                ? { kind: 'skip', reason, wrongClass: true }
                : { kind: 'fatal', reason };
        }
        if (elf.endianness !== exe.endianness) {
            return { kind: 'fatal', reason: `ELF data encoding is not ${exe.endianness}-endian` };
        }
        if (elf.machine !== exe.machine) {
            const reason = `built for ${elf.machineName}, the program for ${exe.machineName}`;
            return skip === 'skip'
                ? { kind: 'skip', reason, wrongClass: false }
                : { kind: 'fatal', reason };
        }
        if (elf.type !== 'dyn') {
            return { kind: 'fatal', reason: `not a shared object (ELF type ${elf.type})` };
        }
        if (!this.#musl && elf.flags1 !== undefined && (elf.flags1 & DF_1_PIE) !== 0) {
            return { kind: 'fatal', reason: 'a position-independent executable, not a library' };
        }
        return { kind: 'ok', resolvedPath, elf };
    }
    #elfAt(path) {
        if (!this.#elfs.has(path))
            this.#elfs.set(path, this.#image.elf(path));
        return this.#elfs.get(path);
    }
    /** `_dl_map_object`: RPATH chain, LD_LIBRARY_PATH, RUNPATH, ld.so.cache, system folders. */
    *#glibcSources(name, requester) {
        // An object's DT_RPATH counts for nothing when it has DT_RUNPATH (get-dynamic-info.h).
        if (requester.elf.runpath === null) {
            let sawMain = false;
            for (let object = requester; object !== null; object = object.loader) {
                sawMain ||= object === this.#main;
                yield { via: 'rpath', dirs: this.#glibcRpath(object) };
            }
            if (!sawMain)
                yield { via: 'rpath', dirs: this.#glibcRpath(this.#main) };
        }
        const libraryPath = this.#options.ldLibraryPath;
        if (libraryPath !== undefined && libraryPath !== '') {
            yield {
                via: 'ld_library_path',
                dirs: this.#glibcDirs(libraryPath.split(/[:;]/), this.#main, 'LD_LIBRARY_PATH')
            };
        }
        if (requester.elf.runpath !== null) {
            yield { via: 'runpath', dirs: this.#glibcDirs(requester.elf.runpath, requester, 'RUNPATH') };
        }
        // DF_1_NODEFLIB of the object that asks: neither the cache nor the system folders.
        if (((requester.elf.flags1 ?? 0) & DF_1_NODEFLIB) !== 0)
            return;
        const cached = this.#cacheLookup(name);
        if (cached !== undefined)
            yield cached;
        yield {
            via: 'default',
            dirs: this.#options.systemDirs ?? defaultSystemDirs(this.#options.platformArch, this.#exe.class)
        };
    }
    #cacheLookup(name) {
        const entries = this.#image.ldSoCache();
        if (entries === undefined)
            return undefined;
        const flags = CACHE_FLAGS[this.#options.platformArch] ?? [];
        const entry = entries.find(candidate => candidate.soname === name &&
            candidate.hwcapsSubdirectory === null &&
            flags.includes(candidate.flags));
        if (entry === undefined)
            return undefined;
        return { via: 'ld.so.cache', dirs: [entry.path], files: true };
    }
    #glibcRpath(object) {
        if (object.elf.runpath !== null || object.elf.rpath === null)
            return [];
        return this.#glibcDirs(object.elf.rpath, object, 'RPATH');
    }
    /** `fillin_rpath`: DSTs expanded; an empty element is the working folder (named ''). */
    #glibcDirs(elements, owner, what) {
        const dirs = [];
        for (const element of elements) {
            if (element === '') {
                dirs.push('');
                continue;
            }
            const expanded = this.#expandGlibc(element, owner);
            if (expanded === null) {
                this.#notes.push(`${owner.name}: ${what} element ${element} dropped: ${dstWithoutValue(element)} has no value here`);
            }
            else if (expanded !== '')
                dirs.push(expanded);
        }
        return dirs;
    }
    #expandGlibc(text, owner) {
        if (!text.includes('$'))
            return text;
        this.#glibcDst ??= {
            PLATFORM: this.#options.platform ?? PLATFORMS[this.#options.platformArch],
            LIB: this.#options.libDirName ??
                defaultLibDir(this.#image, this.#options.platformArch, this.#exe.class)
        };
        return expandGlibcDst(text, { ORIGIN: owner.origin, ...this.#glibcDst });
    }
    /** `load_library`: LD_LIBRARY_PATH, then RPATH/RUNPATH up the chain, then the path file. */
    *#muslSources(requester) {
        const libraryPath = this.#options.ldLibraryPath;
        if (libraryPath !== undefined) {
            yield { via: 'ld_library_path', dirs: splitMuslPath(libraryPath) };
        }
        for (let object = requester; object !== null; object = object.loader) {
            const source = this.#muslRpath(object);
            if (source !== undefined)
                yield source;
        }
        const interpreter = this.#exe.interpreter ?? '';
        const arch = /(?:^|\/)ld-musl-(.+)\.so\.1$/.exec(interpreter)?.[1] ??
            MUSL_ARCHES[this.#options.platformArch] ??
            this.#options.platformArch;
        const lines = this.#image.muslPath(arch);
        yield {
            via: 'default',
            dirs: splitMuslPath(lines === undefined ? MUSL_DEFAULT_PATH : lines.join('\n'))
        };
    }
    /** `fixup_rpath`: RUNPATH wins over RPATH; only $ORIGIN is known, any other `$` drops it. */
    #muslRpath(object) {
        const { runpath, rpath } = object.elf;
        const elements = runpath ?? rpath;
        if (elements === null)
            return undefined;
        const text = elements.join(':');
        const via = runpath === null ? 'rpath' : 'runpath';
        if (!text.includes('$'))
            return { via, dirs: splitMuslPath(text) };
        const unknown = text.replace(/\$\{ORIGIN\}|\$ORIGIN/g, '');
        if (unknown.includes('$')) {
            this.#notes.push(`${object.name}: ${via.toUpperCase()} ${text} ignored: musl expands only $ORIGIN`);
            return undefined;
        }
        const expanded = text.replace(/\$\{ORIGIN\}|\$ORIGIN/g, () => object.origin);
        return { via, dirs: splitMuslPath(expanded) };
    }
    /** `_dl_check_map_versions` over every object mapped, the executable first. */
    #checkVersions() {
        const problems = [];
        for (const mapped of this.#loaded) {
            for (const need of mapped.elf.versionNeeds) {
                const provider = this.#findLoaded(need.file);
                if (provider === undefined) {
                    // A missing library is reported as missing; its versions add nothing.
                    if (this.#missing.has(need.file))
                        continue;
                    for (const version of need.versions) {
                        if (version.weak)
                            continue;
                        problems.push({
                            object: mapped.name,
                            needs: need.file,
                            version: version.name,
                            providedBy: null
                        });
                    }
                    continue;
                }
                if (provider.elf.versionDefinitions.length === 0) {
                    this.#notes.push(`${provider.name}: no version information available (required by ${mapped.name})`);
                    continue;
                }
                for (const version of need.versions) {
                    if (provider.elf.versionDefinitions.some(defined => defined.name === version.name)) {
                        continue;
                    }
                    if (version.weak) {
                        this.#notes.push(`${provider.name}: weak version ${version.name} not found (required by ${mapped.name})`);
                        continue;
                    }
                    problems.push({
                        object: mapped.name,
                        needs: need.file,
                        version: version.name,
                        providedBy: provider.name
                    });
                }
            }
        }
        return problems;
    }
}
/**
 * glibc's `_dl_dst_substitute`: `$ORIGIN`, `$PLATFORM`, `$LIB`, bare or in braces (a bare name
 * ends where an identifier would). An unknown `$` sequence stays as written; a known one without
 * a value drops the whole element (null).
 */
function expandGlibcDst(text, values) {
    let out = '';
    let index = 0;
    while (index < text.length) {
        const dollar = text.indexOf('$', index);
        if (dollar === -1) {
            out += text.slice(index);
            break;
        }
        out += text.slice(index, dollar);
        const match = DST.exec(text.slice(dollar));
        if (match === null) {
            out += '$';
            index = dollar + 1;
            continue;
        }
        const key = (match[1] ?? match[2]);
        const value = values[key];
        if (value === undefined)
            return null;
        out += value;
        index = dollar + match[0].length;
    }
    return out;
}
const DST = /^\$(?:\{(ORIGIN|PLATFORM|LIB)\}|(ORIGIN|PLATFORM|LIB)(?![A-Za-z0-9_]))/;
function dstWithoutValue(element) {
    return /\$\{?(PLATFORM|LIB)/.exec(element)?.[0] ?? 'a DST';
}
/** musl's `path_open`: ':' and newlines separate, empty elements are skipped. */
function splitMuslPath(text) {
    return text.split(/[:\n]/).filter(element => element !== '');
}
/** `dir/name` as ld.so builds it: trailing slashes trimmed; '' (working folder) gives `name`. */
function inDir(dir, name) {
    if (dir === '')
        return name;
    return `${dir.replace(/\/+$/, '')}/${name}`;
}
function absolute(path, cwd) {
    if (path.startsWith('/'))
        return path;
    return `${cwd.replace(/\/+$/, '')}/${path}`;
}
/** `_dl_new_object`'s l_origin: the folder of the path as written, links not followed. */
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash <= 0 ? '/' : path.slice(0, slash);
}
function describeResolution(resolution) {
    const failure = resolution.failure;
    if (failure === undefined)
        return 'not found';
    switch (failure.kind) {
        case 'absent':
            return `absent (nothing at ${failure.at})`;
        case 'dangling':
            return `dangling link (${failure.at} does not exist)`;
        case 'loop':
            return `too many levels of links at ${failure.at}`;
        case 'not-a-file':
            return `not a regular file (${failure.at})`;
        case 'not-a-directory':
            return `${failure.at} is not a directory`;
    }
}

;// CONCATENATED MODULE: ./src/ld-so-cache.ts
/**
 * glibc's /etc/ld.so.cache: which file ld.so loads for a soname before it searches directories.
 * Two layouts exist: the new one ("glibc-ld.so.cache1.1"), which ldconfig writes alone since
 * glibc 2.32, and the old one ("ld.so-1.7.0"), which older ldconfig wrote with the new one hidden
 * in its string table. Where both are present, ld.so reads the new one, and so does this.
 * ldconfig writes the cache in its own machine's byte order.
 */
class LdSoCacheFormatError extends Error {
    name = 'LdSoCacheFormatError';
}
const OLD_MAGIC = 'ld.so-1.7.0';
const NEW_MAGIC = 'glibc-ld.so.cache1.1';
const OLD_HEADER_SIZE = 16;
const OLD_ENTRY_SIZE = 12;
const NEW_HEADER_SIZE = 48;
const NEW_ENTRY_SIZE = 24;
const FLAG_TYPE_MASK = 0x00ff;
const FLAG_REQUIRED_MASK = 0xff00;
const TYPE_NAMES = ['libc4', 'ELF', 'libc5', 'libc6'];
/** ldconfig's names for the ABI byte (glibc elf/cache.c print_entry). */
const REQUIRED_NAMES = new Map([
    [0x0100, '64bit'], // SPARC
    [0x0200, 'IA-64'],
    [0x0300, 'x86-64'],
    [0x0400, '64bit'], // S/390
    [0x0500, '64bit'], // PowerPC
    [0x0600, 'N32'],
    [0x0700, '64bit'], // MIPS n64
    [0x0800, 'x32'],
    [0x0900, 'hard-float'], // ARM
    [0x0a00, 'AArch64'],
    [0x0b00, 'soft-float'], // ARM
    [0x0c00, 'nan2008'],
    [0x0d00, 'N32,nan2008'],
    [0x0e00, '64bit,nan2008'],
    [0x0f00, 'soft-float'], // RISC-V
    [0x1000, 'double-float'], // RISC-V
    [0x1100, 'soft-float'], // LoongArch
    [0x1200, 'double-float'] // LoongArch
]);
/** The flags of a cache entry in `ldconfig -p`'s words. */
function describeLdSoCacheFlags(flags) {
    const type = TYPE_NAMES[flags & FLAG_TYPE_MASK] ?? 'unknown';
    const required = flags & FLAG_REQUIRED_MASK;
    if (required === 0)
        return type;
    return `${type},${REQUIRED_NAMES.get(required) ?? String(required)}`;
}
const ENDIAN_MASK = 0x3;
const ENDIAN_UNSET = 0;
const ENDIAN_INVALID = 1;
const ENDIAN_LITTLE = 2;
const EXTENSION_MAGIC = 0xeaa42174;
const EXTENSION_TAG_GLIBC_HWCAPS = 1;
const HWCAP_EXTENSION = 1n << 62n;
/** Bounds-checked reads in one byte order; every miss is an LdSoCacheFormatError. */
class CacheReader {
    bytes;
    little;
    length;
    view;
    utf8 = new TextDecoder('utf-8');
    decoded = new Map();
    /** Forged entries could all name one long string; decode no more than a few files' worth. */
    budget;
    constructor(bytes, little) {
        this.bytes = bytes;
        this.little = little;
        this.length = bytes.length;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.budget = 2 * bytes.length + 65_536;
    }
    fits(offset, size) {
        return offset >= 0 && size >= 0 && offset + size <= this.length;
    }
    require(offset, size, what) {
        if (!this.fits(offset, size)) {
            throw new LdSoCacheFormatError(`${what} (${size} bytes at offset ${offset}) runs past the end of the cache (${this.length} bytes)`);
        }
    }
    u8(offset, what) {
        this.require(offset, 1, what);
        return this.view.getUint8(offset);
    }
    u32(offset, what) {
        this.require(offset, 4, what);
        return this.view.getUint32(offset, this.little);
    }
    i32(offset, what) {
        this.require(offset, 4, what);
        return this.view.getInt32(offset, this.little);
    }
    u64(offset, what) {
        this.require(offset, 8, what);
        return this.view.getBigUint64(offset, this.little);
    }
    /** The NUL-terminated string at a file offset. */
    string(offset, what) {
        const known = this.decoded.get(offset);
        if (known !== undefined)
            return known;
        if (offset >= this.length) {
            throw new LdSoCacheFormatError(`${what} points to offset ${offset}, past the end of the cache`);
        }
        const length = this.bytes.subarray(offset).indexOf(0);
        if (length === -1)
            throw new LdSoCacheFormatError(`${what} is not NUL-terminated`);
        this.budget -= length + 1;
        if (this.budget < 0) {
            throw new LdSoCacheFormatError('the strings referenced add up to more than the cache holds');
        }
        const text = this.utf8.decode(this.bytes.subarray(offset, offset + length));
        this.decoded.set(offset, text);
        return text;
    }
}
function startsWith(bytes, offset, magic) {
    if (offset + magic.length > bytes.length)
        return false;
    for (let index = 0; index < magic.length; index++) {
        if (bytes[offset + index] !== magic.charCodeAt(index))
            return false;
    }
    return true;
}
function parseLdSoCache(bytes) {
    if (startsWith(bytes, 0, NEW_MAGIC))
        return parseNew(bytes, 0);
    if (startsWith(bytes, 0, OLD_MAGIC))
        return parseOldOrEmbedded(bytes);
    throw new LdSoCacheFormatError(`not an ld.so.cache: it starts with neither "${NEW_MAGIC}" nor "${OLD_MAGIC}"`);
}
/** The old header has no byte order mark; the order in which its entries fit the file wins. */
function parseOldOrEmbedded(bytes) {
    if (bytes.length < OLD_HEADER_SIZE) {
        throw new LdSoCacheFormatError(`truncated old-format header: ${bytes.length} bytes`);
    }
    const fitting = [true, false].filter(little => {
        const nlibs = new CacheReader(bytes, little).u32(12, 'nlibs');
        return nlibs <= (bytes.length - OLD_HEADER_SIZE) / OLD_ENTRY_SIZE;
    });
    if (fitting.length === 0) {
        throw new LdSoCacheFormatError('the old-format entry count does not fit the file in either byte order: truncated or corrupt');
    }
    let lastError;
    for (const little of fitting) {
        const reader = new CacheReader(bytes, little);
        const nlibs = reader.u32(12, 'nlibs');
        const entriesEnd = OLD_HEADER_SIZE + nlibs * OLD_ENTRY_SIZE;
        // ldconfig aligns the new header to struct cache_file_new: 8 bytes on most machines, 4 on some.
        for (const alignment of [8, 4]) {
            const embedded = Math.ceil(entriesEnd / alignment) * alignment;
            if (startsWith(bytes, embedded, NEW_MAGIC))
                return parseNew(bytes, embedded);
        }
        try {
            return parseOld(reader, nlibs, entriesEnd);
        }
        catch (error) {
            if (!(error instanceof LdSoCacheFormatError))
                throw error;
            lastError = error;
        }
    }
    throw lastError ?? new LdSoCacheFormatError('unreadable old-format cache');
}
function parseOld(reader, nlibs, strings) {
    const entries = [];
    for (let index = 0; index < nlibs; index++) {
        const at = OLD_HEADER_SIZE + index * OLD_ENTRY_SIZE;
        const what = `entry ${index}`;
        const flags = reader.i32(at, `${what} flags`);
        const soname = reader.string(strings + reader.u32(at + 4, `${what} key`), `${what} key`);
        const path = reader.string(strings + reader.u32(at + 8, `${what} value`), `${what} value`);
        entries.push({
            soname,
            path,
            flags,
            arch: describeLdSoCacheFlags(flags),
            hwcap: null,
            hwcapsSubdirectory: null
        });
    }
    return entries;
}
/** String offsets count from `base`, the start of the new-format header. */
function parseNew(bytes, base) {
    const probe = new CacheReader(bytes, true);
    probe.require(base, NEW_HEADER_SIZE, 'the new-format header');
    const endian = probe.u8(base + 28, 'flags') & ENDIAN_MASK;
    if (endian === ENDIAN_INVALID) {
        throw new LdSoCacheFormatError('the cache says its byte order is invalid (ldconfig marks it so)');
    }
    const reader = endian === ENDIAN_UNSET
        ? guessNewByteOrder(bytes, base)
        : new CacheReader(bytes, endian === ENDIAN_LITTLE);
    const nlibs = reader.u32(base + 20, 'nlibs');
    reader.require(base + NEW_HEADER_SIZE, nlibs * NEW_ENTRY_SIZE, `${nlibs} new-format entries`);
    const hwcapsSubdirectories = readHwcapsSection(reader, base);
    const entries = [];
    for (let index = 0; index < nlibs; index++) {
        const at = base + NEW_HEADER_SIZE + index * NEW_ENTRY_SIZE;
        const what = `entry ${index}`;
        const flags = reader.i32(at, `${what} flags`);
        const soname = reader.string(base + reader.u32(at + 4, `${what} key`), `${what} key`);
        const path = reader.string(base + reader.u32(at + 8, `${what} value`), `${what} value`);
        const hwcap = reader.u64(at + 16, `${what} hwcap`);
        let hwcapsSubdirectory = null;
        // An index past the list names no subdirectory: ldconfig -p prints the raw hwcap then.
        const offset = (hwcap & HWCAP_EXTENSION) === 0n
            ? undefined
            : hwcapsSubdirectories?.[Number(hwcap & 0xffffffffn)];
        if (offset !== undefined) {
            hwcapsSubdirectory = reader.string(base + offset, `${what} glibc-hwcaps subdirectory`);
        }
        entries.push({
            soname,
            path,
            flags,
            arch: describeLdSoCacheFlags(flags),
            hwcap,
            hwcapsSubdirectory
        });
    }
    return entries;
}
/** Caches written before glibc 2.33 leave the byte order unset: take the one whose sizes fit. */
function guessNewByteOrder(bytes, base) {
    for (const little of [true, false]) {
        const reader = new CacheReader(bytes, little);
        const nlibs = reader.u32(base + 20, 'nlibs');
        const stringsLength = reader.u32(base + 24, 'len_strings');
        if (reader.fits(base + NEW_HEADER_SIZE, nlibs * NEW_ENTRY_SIZE + stringsLength))
            return reader;
    }
    throw new LdSoCacheFormatError('the new-format entry count and string table do not fit the file in either byte order');
}
/**
 * The string offsets of the glibc-hwcaps subdirectory names, from the extension directory, or
 * null without one. The directory's own offsets count from the start of the file; the names'
 * from the new-format header, as ldconfig writes them. (glibc 2.36's `ldconfig -p` and ld.so read
 * the names from the start of the file, which differs only in old-and-new "compat" caches.)
 */
function readHwcapsSection(reader, base) {
    const directory = reader.u32(base + 32, 'extension_offset');
    if (directory === 0)
        return null;
    if (directory % 4 !== 0) {
        throw new LdSoCacheFormatError(`the extension directory offset ${directory} is misaligned`);
    }
    reader.require(directory, 8, 'the extension directory');
    if (reader.u32(directory, 'extension magic') !== EXTENSION_MAGIC) {
        throw new LdSoCacheFormatError(`no extension directory at offset ${directory} (bad magic)`);
    }
    const count = reader.u32(directory + 4, 'extension count');
    reader.require(directory + 8, count * 16, `${count} extension sections`);
    let offsets = null;
    for (let index = 0; index < count; index++) {
        const at = directory + 8 + index * 16;
        const tag = reader.u32(at, `extension section ${index} tag`);
        const offset = reader.u32(at + 8, `extension section ${index} offset`);
        const size = reader.u32(at + 12, `extension section ${index} size`);
        reader.require(offset, size, `extension section ${index}`);
        if (tag !== EXTENSION_TAG_GLIBC_HWCAPS)
            continue;
        offsets = [];
        for (let item = 0; item + 4 <= size; item += 4) {
            offsets.push(reader.u32(offset + item, 'glibc-hwcaps subdirectory name'));
        }
    }
    return offsets;
}

;// CONCATENATED MODULE: ./src/static-analysis.ts
// Pure: what ldd would say, read from an image's ELF files and loader configuration by the
// loader model, with no emulation and no code of the image run.



/** The loader model's view of an indexed image whose ELF bodies were kept. */
function loaderImageOf(index) {
    const parsed = new Map();
    const bodyAt = (path) => {
        const resolution = index.resolve(path);
        return resolution.found && resolution.resolvedPath
            ? index.body(resolution.resolvedPath)
            : undefined;
    };
    let cache = null;
    return {
        resolve: path => index.resolve(path),
        elf(path) {
            if (!parsed.has(path)) {
                const body = bodyAt(path);
                let info;
                try {
                    info = body ? parseElf(body) : undefined;
                }
                catch (error) {
                    if (!(error instanceof ElfFormatError))
                        throw error;
                }
                parsed.set(path, info);
            }
            return parsed.get(path);
        },
        ldSoCache() {
            if (cache === null) {
                const body = bodyAt('/etc/ld.so.cache');
                try {
                    cache = body ? parseLdSoCache(body) : undefined;
                }
                catch (error) {
                    if (!(error instanceof LdSoCacheFormatError))
                        throw error;
                    cache = undefined;
                }
            }
            return cache;
        },
        muslPath(arch) {
            const body = bodyAt(`/etc/ld-musl-${arch}.path`);
            return body
                ?.toString('utf8')
                .split(/[\n:]/)
                .map(line => line.trim())
                .filter(Boolean);
        }
    };
}
function static_analysis_sectionOf(image, file, ldLibraryPath) {
    const resolution = image.resolve(file);
    if (!resolution.found) {
        const why = resolution.failure?.kind === 'not-a-file' ? 'not regular file' : 'No such file or directory';
        return { file, kind: 'error', interpreter: null, libraries: [], error: why };
    }
    const elf = image.elf(file);
    if (!elf)
        return { file, kind: 'error', interpreter: null, libraries: [], error: 'not an ELF file' };
    // ldd: "statically linked" (static-pie) and "not a dynamic executable" both need nothing.
    if (!elf.interpreter)
        return { file, kind: 'static', interpreter: null, libraries: [] };
    const loaded = loadProgram(image, file, { ldLibraryPath });
    const interpreter = loaded.interpreter;
    // The interpreter is ldd's line without `=>`, not a library line.
    const isInterpreter = (object) => object.foundVia === 'interpreter' ||
        (object.path === null && object.searched.length === 1 && object.searched[0] === interpreter);
    if (loaded.objects.some(object => isInterpreter(object) && object.path === null)) {
        return {
            file,
            kind: 'error',
            interpreter,
            libraries: [],
            error: `its interpreter ${interpreter} is missing`
        };
    }
    const libraries = loaded.objects
        .filter(object => !isInterpreter(object))
        .map(object => ({ soname: object.soname, path: object.path }));
    return { file, kind: 'dynamic', interpreter, libraries };
}
/**
 * One section per file, as `parseLddOutput` gives them, so the rest of the check is the same
 * whichever way the dependencies were found.
 */
function analyzeStatically(index, files, options = {}) {
    const image = loaderImageOf(index);
    return {
        sections: files.map(file => static_analysis_sectionOf(image, file, options.ldLibraryPath)),
        unattributed: [],
        flavor: 'unknown',
        notes: [],
        exitCode: 0
    };
}
/** Where static analysis and ldd disagree: library paths one found and the other did not. */
function compareAnalyses(ldd, statics) {
    const differences = [];
    for (const section of ldd.sections) {
        const other = statics.sections.find(candidate => candidate.file === section.file);
        if (!other)
            continue;
        if (section.kind !== other.kind) {
            differences.push(`${section.file}: ldd says ${section.kind}, static analysis ${other.kind}`);
            continue;
        }
        if (section.interpreter !== other.interpreter) {
            differences.push(`${section.file}: interpreter ${section.interpreter ?? 'none'} (ldd) against ` +
                `${other.interpreter ?? 'none'} (static)`);
        }
        const key = (l) => `${l.soname} => ${l.path ?? 'not found'}`;
        const fromLdd = new Set(section.libraries.map(key));
        const fromStatic = new Set(other.libraries.map(key));
        for (const line of fromLdd)
            if (!fromStatic.has(line))
                differences.push(`${section.file}: only ldd: ${line}`);
        for (const line of fromStatic)
            if (!fromLdd.has(line))
                differences.push(`${section.file}: only static: ${line}`);
    }
    return differences;
}

;// CONCATENATED MODULE: ./src/final-loader.ts


/** Every file the index kept an ELF body for that names an interpreter: a program. */
function programsOf(final, image) {
    const programs = [];
    for (const [path, entry] of final.entries()) {
        if (entry.type !== 'file' || final.body(path) === undefined)
            continue;
        if (image.elf(path)?.interpreter)
            programs.push(path);
    }
    return programs.sort();
}
function checkFinalLoader(final, declared, options) {
    const image = loaderImageOf(final);
    const present = declared.filter(program => final.resolve(program).found);
    const undeclared = options.wholeImage
        ? programsOf(final, image).filter(program => !present.some(p => final.resolve(p).resolvedPath === program))
        : [];
    const findings = [];
    for (const [program, isDeclared] of [
        ...present.map(p => [p, true]),
        ...undeclared.map(p => [p, false])
    ]) {
        if (!image.elf(program)?.interpreter)
            continue;
        const result = loadProgram(image, program, { ldLibraryPath: options.ldLibraryPath });
        for (const object of result.missing) {
            const tried = object.searched.slice(0, 6).join(', ');
            findings.push({
                program,
                declared: isDeclared,
                kind: 'missing',
                soname: object.soname,
                neededBy: object.neededBy[0] ?? program,
                detail: `the final image's loader does not find ${object.soname}` +
                    (object.failure ? ` (${object.failure})` : tried ? `; it looked in ${tried}` : '')
            });
        }
        for (const problem of result.versionProblems) {
            findings.push({
                program,
                declared: isDeclared,
                kind: 'version',
                soname: problem.needs,
                version: problem.version,
                neededBy: problem.object,
                detail: `${problem.object} needs version ${problem.version} of ${problem.needs}, which ` +
                    `${problem.providedBy ?? 'no library'} in the final image does not define`
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/patterns.ts
// Pure: glob patterns for `extra-libraries` (expanded in the builder image) and `ignore`.

const GLOB = /[*?[]/;
/** `*` and `?` stay within one path component, `**` crosses them, `[...]` is a class. */
function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i] ?? '';
        if (char === '*' && pattern[i + 1] === '*') {
            source += '.*';
            i++;
        }
        else if (char === '*') {
            source += '[^/]*';
        }
        else if (char === '?') {
            source += '[^/]';
        }
        else if (char === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0) {
                source += '\\[';
            }
            else {
                const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
                source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
                i = end;
            }
        }
        else {
            source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`);
}
// Files in the builder image that a pattern names, as paths under the pattern's own folder
// (so /lib/*/libnss_dns.so.2 stays under /lib even where /lib is a link to usr/lib).
function expandPattern(image, pattern) {
    if (!GLOB.test(pattern))
        return image.resolve(pattern).found ? [pattern] : [];
    const parts = pattern.split('/');
    const firstGlob = parts.findIndex(part => GLOB.test(part));
    const literal = parts.slice(0, firstGlob).join('/') || '/';
    const rest = parts.slice(firstGlob).join('/');
    const folder = image.resolve(literal);
    const physical = folder.resolvedPath ?? literal;
    if (folder.failure && folder.failure.kind !== 'not-a-file')
        return [];
    const matcher = globToRegExp(external_node_path_default().posix.join(physical, rest));
    const matches = new Set();
    for (const candidate of image.paths()) {
        if (!matcher.test(candidate))
            continue;
        const asWritten = external_node_path_default().posix.join(literal, external_node_path_default().posix.relative(physical, candidate));
        if (image.resolve(asWritten).found)
            matches.add(asWritten);
    }
    return [...matches].sort();
}
/** A pattern with a slash matches paths; one without matches sonames and file names. */
function isIgnored(requirement, patterns) {
    return patterns.some(pattern => {
        const matcher = globToRegExp(pattern);
        if (pattern.includes('/'))
            return matcher.test(requirement.path);
        return ((requirement.soname !== null && matcher.test(requirement.soname)) ||
            matcher.test(external_node_path_default().posix.basename(requirement.path)));
    });
}

;// CONCATENATED MODULE: ./src/owners.ts
// Pure: which package of the builder owns a file, from what its package manager printed.
/** The command of each package manager that names a file's package, in the order tried. */
const OWNER_QUERIES = [
    { tool: 'dpkg', entrypoint: 'dpkg-query', args: ['--search', '--'] },
    {
        tool: 'rpm',
        entrypoint: 'rpm',
        args: ['--query', '--file', '--queryformat', '%{NAME}\\n', '--']
    },
    { tool: 'apk', entrypoint: 'apk', args: ['info', '--who-owns', '--'] }
];
/**
 * Owners by path. dpkg: `pkg[:arch][, pkg2]: /path` per match; rpm: one line per path asked, in
 * order, or `file /x is not owned by any package`; apk: `/path is owned by pkg-1.2-r0`.
 */
function parseOwners(tool, asked, stdout) {
    const owners = new Map();
    const lines = stdout.split(/\r?\n/).filter(line => line.trim() !== '');
    if (tool === 'dpkg') {
        for (const line of lines) {
            const separator = line.indexOf(': /');
            if (separator < 0)
                continue;
            const path = line.slice(separator + 2);
            const packages = line
                .slice(0, separator)
                .split(', ')
                .map(name => name.replace(/:[a-z0-9-]+$/, ''));
            if (asked.includes(path) && !owners.has(path))
                owners.set(path, packages.join(', '));
        }
    }
    else if (tool === 'rpm') {
        asked.forEach((path, index) => {
            const line = lines[index];
            if (line && !/not owned by any package|No such file/.test(line))
                owners.set(path, line.trim());
        });
    }
    else {
        for (const line of lines) {
            const match = /^(\/.*) is owned by (\S+)$/.exec(line);
            if (match?.[1] && match[2] && asked.includes(match[1]))
                owners.set(match[1], match[2]);
        }
    }
    return owners;
}

;// CONCATENATED MODULE: ./src/publish.ts
// Publish after verify: only once every platform passed, build the target for all platforms
// with the user's tags and push or load it.







/** `repo[:tag]` -> `repo:tag-suffix`, for the per-platform images a manifest list is made of. */
function platformReference(tag, platform) {
    const suffix = platform.replace(/\//g, '-');
    const slash = tag.lastIndexOf('/');
    const colon = tag.lastIndexOf(':');
    const at = tag.indexOf('@');
    const name = at >= 0 ? tag.slice(0, at) : tag;
    if (colon > slash && at < 0)
        return `${tag}-${suffix}`;
    return `${name}:${suffix}`;
}
function imagetoolsCreateArgs(tags, sources, builder) {
    const argv = ['buildx', 'imagetools', 'create'];
    if (builder)
        argv.push('--builder', builder);
    for (const tag of tags)
        argv.push('--tag', tag);
    return [...argv, ...sources];
}
async function builderDriver(builder) {
    const inspect = await runDocker(['buildx', 'inspect', ...(builder ? [builder] : [])]);
    return /^Driver:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? 'unknown';
}
function readMetadata(file) {
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
function metadataString(metadata, key) {
    const value = metadata[key];
    return typeof value === 'string' ? value : '';
}
/** The host's platform, to load one image where a multi-platform load cannot be. */
async function enginePlatform() {
    const version = await runDocker(['version', '--format', '{{.Server.Os}}/{{.Server.Arch}}']);
    return version.stdout.trim() || 'linux/amd64';
}
async function publish(inputs, log, runId, base) {
    const { push, load, tags } = inputs.publish;
    const folder = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'dv-publish-'));
    try {
        const driver = await builderDriver(inputs.builder);
        // The engine's own driver builds one platform per call and keeps one image per tag.
        const onePerCall = driver === 'docker' && inputs.platforms.length > 1;
        // One build with a metadata file: digest and image ID come from buildx itself.
        const buildOnce = async (platform, type, what) => {
            const metadataFile = external_node_path_default().join(folder, 'metadata.json');
            const argv = buildxBuildArgs({
                ...base,
                platform,
                target: inputs.target,
                output: { type, tags, labels: inputs.build.labels },
                metadataFile
            });
            await mustRun(argv, what, log);
            const metadata = readMetadata(metadataFile);
            return {
                digest: metadataString(metadata, 'containerimage.digest'),
                imageid: metadataString(metadata, 'containerimage.config.digest')
            };
        };
        if (!onePerCall) {
            return await buildOnce(inputs.platforms.join(','), push ? 'push' : 'load', 'Publishing the verified image');
        }
        if (load) {
            const host = await enginePlatform();
            const platform = inputs.platforms.includes(host) ? host : (inputs.platforms[0] ?? host);
            log.warning(`load: the "docker" buildx driver keeps one platform per tag, so only ${platform} was ` +
                'loaded. Use a docker-container builder (docker/setup-buildx-action) to load or push all.');
            const loaded = await buildOnce(platform, 'load', 'Loading the verified image');
            return { digest: '', imageid: loaded.imageid || (await imageIdOf(tags[0] ?? '')) };
        }
        // push with the "docker" driver: one image per platform, then the manifest list over them.
        const first = tags[0] ?? '';
        const sources = [];
        for (const platform of inputs.platforms) {
            const reference = platformReference(first, platform);
            const argv = buildxBuildArgs({
                ...base,
                platform,
                target: inputs.target,
                output: {
                    type: 'push',
                    tags: [reference],
                    labels: [...inputs.build.labels, `${RUN_LABEL}=${runId}`]
                }
            });
            await mustRun(argv, `Pushing ${platform}`, log);
            sources.push(reference);
        }
        await mustRun(imagetoolsCreateArgs(tags, sources, inputs.builder), 'Creating the manifest list', log);
        const raw = await runDocker(['buildx', 'imagetools', 'inspect', '--raw', first]);
        const digest = raw.exitCode === 0 ? `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(raw.stdout).digest('hex')}` : '';
        log.info(`Pushed ${tags.join(', ')} (${digest}): a manifest list over ${sources.join(', ')}, ` +
            'one image per platform because the "docker" driver builds one platform per call.');
        return { digest, imageid: '' };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(folder, { recursive: true, force: true });
    }
}
async function mustRun(argv, what, log) {
    const started = performance.now();
    const result = await runDocker(argv);
    log.group(`publish · ${what} (${Math.round(performance.now() - started) / 1000} s)`, `$ ${describeCommand(argv)}\n${result.stderr}`);
    if (result.exitCode !== 0)
        throw new CheckError(failureMessage(what, argv, result));
}

;// CONCATENATED MODULE: ./src/verify.ts
// Pure: what the builder's ldd said x what the final image holds -> one verdict per path.

function executablesOf(sections) {
    return sections
        .filter(section => section.kind !== 'error')
        .map(section => ({
        path: section.file,
        linkage: section.kind === 'static' ? 'static' : 'dynamic',
        interpreter: section.interpreter,
        libraries: section.libraries
    }));
}
/**
 * Every path the final image must hold, each once, with the executables that need it:
 * the executable itself, its program interpreter (optional) and each library ldd resolved.
 */
function requirementsOf(executables, options) {
    const byPath = new Map();
    const add = (kind, at, soname, by) => {
        const existing = byPath.get(at);
        if (existing) {
            if (!existing.neededBy.includes(by))
                existing.neededBy.push(by);
            // A path that is a program and also loaded as a library is reported as the program.
            if (kind === 'executable')
                existing.kind = kind;
            return;
        }
        byPath.set(at, { kind, path: at, soname, neededBy: [by] });
    };
    for (const executable of executables) {
        add('executable', executable.path, null, executable.path);
        if (executable.interpreter && options.checkInterpreter) {
            add('interpreter', executable.interpreter, external_node_path_default().posix.basename(executable.interpreter), executable.path);
        }
        for (const library of executable.libraries) {
            if (library.path === null)
                continue;
            // The interpreter also shows up as a library of libc; keep its own kind.
            if (library.path === executable.interpreter) {
                if (options.checkInterpreter)
                    add('interpreter', library.path, library.soname, executable.path);
                continue;
            }
            add('library', library.path, library.soname, executable.path);
        }
    }
    return [...byPath.values()];
}
function verify(requirements, finalImage) {
    return requirements.map(requirement => {
        const resolution = finalImage.resolve(requirement.path);
        return { ...requirement, present: resolution.found, resolution };
    });
}
/**
 * For each missing path, the builder paths to copy so the final image holds it: the path
 * itself and, when it is a soname link, the versioned file it leads to, in the same folder so
 * the copied link finds it. A dangling link in the final image needs only its target.
 */
function addCopySources(checks, builderImage) {
    return checks.map(check => {
        if (check.present)
            return check;
        const failure = check.resolution.failure;
        if (failure?.kind === 'dangling' && builderImage.resolve(failure.at).found) {
            return { ...check, copyFrom: [failure.at] };
        }
        const inBuilder = builderImage.resolve(check.path);
        if (!inBuilder.found || !inBuilder.resolvedPath)
            return { ...check, copyFrom: [check.path] };
        const realName = external_node_path_default().posix.basename(inBuilder.resolvedPath);
        const sibling = external_node_path_default().posix.join(external_node_path_default().posix.dirname(check.path), realName);
        const sources = [check.path];
        if (sibling !== check.path && builderImage.resolve(sibling).found)
            sources.push(sibling);
        return { ...check, copyFrom: sources };
    });
}

;// CONCATENATED MODULE: ./src/engine.ts
// The check itself, shared by the action and the local command: builds, ldd, index, verify.
















/** A fault of the environment or the builder that stops the check; the message is for the user. */
class CheckError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CheckError';
    }
}
/**
 * ldd under emulation is slow, but a hang must not hold the job: 10 minutes, or
 * DISTROLESS_VERIFY_LDD_TIMEOUT seconds.
 */
function lddTimeoutMs() {
    const seconds = Number(process.env.DISTROLESS_VERIFY_LDD_TIMEOUT);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 10 * 60 * 1000;
}
function newRunId() {
    return `${Date.now().toString(36)}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
}
function archOf(platform) {
    return platform.split('/').slice(1).join('-');
}
function seconds(since) {
    return Math.round((performance.now() - since) / 10) / 100;
}
function failureMessage(what, argv, result) {
    const hint = explainDockerFailure(result.stderr);
    const detail = summarizeBuildFailure(result.stderr);
    return [
        `${what} failed (exit code ${result.exitCode}).`,
        hint,
        detail ? `What docker said:\n${detail}` : '',
        `Command: ${describeCommand(argv)}`
    ]
        .filter(Boolean)
        .join('\n');
}
/** Checks once that docker, the daemon, buildx and the named builder are there. */
async function preflight(builder) {
    const engine = await runDocker(['version', '--format', '{{.Server.Version}}']);
    if (engine.exitCode !== 0) {
        throw new CheckError('Cannot reach the Docker daemon: ' +
            `${engine.stderr.trim().split('\n').pop() ?? 'no answer'}. Start Docker (or check ` +
            'DOCKER_HOST) before this step.');
    }
    const buildx = await runDocker(['buildx', 'version']);
    if (buildx.exitCode !== 0) {
        throw new CheckError('docker buildx is not installed. Add the step "uses: docker/setup-buildx-action@v3" ' +
            'before this one, or install the buildx CLI plugin.');
    }
    if (builder) {
        const inspect = await runDocker(['buildx', 'inspect', builder]);
        if (inspect.exitCode !== 0) {
            const known = await runDocker(['buildx', 'ls', '--format', '{{.Name}}']);
            const names = known.exitCode === 0 ? known.stdout.trim().split(/\s+/).filter(Boolean) : [];
            throw new CheckError(`builder: buildx does not know a builder named "${builder}". ` +
                (names.length > 0 ? `Known builders: ${[...new Set(names)].join(', ')}. ` : '') +
                'Create it first (docker/setup-buildx-action outputs its name) or leave "builder" empty.');
        }
    }
}
/** Removes every image and container this run created. Never throws. */
async function cleanupRun(runId) {
    const problems = [];
    const containers = await runDocker(listByLabelArgs('container', runId)).catch(() => undefined);
    const containerIds = containers?.stdout.split('\n').filter(Boolean) ?? [];
    if (containerIds.length > 0) {
        const removed = await runDocker(['container', 'rm', '--force', ...containerIds]).catch(() => undefined);
        if (removed?.exitCode !== 0)
            problems.push(`could not remove containers ${containerIds.join(' ')}`);
    }
    const images = await runDocker(listByLabelArgs('image', runId)).catch(() => undefined);
    const imageIds = [...new Set(images?.stdout.split('\n').filter(Boolean) ?? [])];
    const tags = await runDocker(['image', 'ls', '--quiet', `${TEMP_REPOSITORY}:${runId}-*`]).catch(() => undefined);
    for (const id of tags?.stdout.split('\n').filter(Boolean) ?? []) {
        if (!imageIds.some(known => known.endsWith(id)))
            imageIds.push(id);
    }
    if (imageIds.length > 0) {
        const removed = await runDocker(removeImagesArgs(imageIds)).catch(() => undefined);
        if (removed?.exitCode !== 0)
            problems.push(`could not remove images ${imageIds.join(' ')}`);
    }
    return problems;
}
async function exportAndIndex(ctx, target, label, keepElfBodies = false) {
    const base = buildBase(ctx);
    // The target's build holds every stage it copies from: the one to export cache from.
    const isTarget = target === ctx.inputs.target;
    const flags = base.flags && isTarget ? { ...base.flags, cacheTo: ctx.inputs.build.cacheTo } : base.flags;
    const argv = buildxBuildArgs({ ...base, flags, target, output: { type: 'tar' } });
    const started = performance.now();
    const index = (stdout) => indexTarStream(stdout, { keepElfBodies });
    const { value, consumeError, result } = await streamDocker(argv, index, {
        signal: ctx.signal
    });
    ctx.log.group(`${ctx.platform} · export and index ${label} (${seconds(started)} s)`, summarizeBuildFailure(result.stderr, 40));
    if (result.exitCode !== 0)
        throw new CheckError(failureMessage(`Building ${label} for ${ctx.platform}`, argv, result));
    if (consumeError !== undefined || value === undefined) {
        const reason = consumeError instanceof Error ? consumeError.message : String(consumeError);
        throw new CheckError(`Reading the exported ${label} for ${ctx.platform} failed: ${reason}`);
    }
    return value;
}
function buildBase(ctx) {
    return { ...runBuildBase(ctx.inputs, ctx.secretFiles), platform: ctx.platform };
}
/** What every build of a run shares; `platform`, `target` and `output` differ per call. */
function runBuildBase(inputs, secretFiles) {
    const { build } = inputs;
    return {
        context: inputs.context,
        file: inputs.file,
        buildArgs: inputs.buildArgs,
        builder: inputs.builder,
        flags: {
            buildContexts: build.buildContexts,
            secretFiles,
            cacheFrom: build.cacheFrom,
            cacheTo: [],
            noCache: build.noCache,
            pull: build.pull
        }
    };
}
/** Secrets go to files only this user can read, removed when the run ends. */
function writeSecretFiles(inputs) {
    if (inputs.build.secrets.length === 0)
        return { folder: '', files: [] };
    const folder = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'dv-secrets-'));
    (0,external_node_fs_namespaceObject.chmodSync)(folder, 0o700);
    const files = inputs.build.secrets.map(({ id, value }, index) => {
        const file = external_node_path_default().join(folder, `secret-${index}`);
        (0,external_node_fs_namespaceObject.writeFileSync)(file, value, { mode: 0o600 });
        return { id, file };
    });
    return { folder, files };
}
/** Runs a named container of ours; past the time limit the container itself is removed too. */
function runContainer(ctx, argv, name, timeoutMs) {
    return runDocker(argv, {
        timeoutMs,
        signal: ctx.signal,
        onTimeout: async () => {
            await runDocker(['container', 'rm', '--force', name]);
        }
    });
}
async function lddContainer(ctx, image, files, suffix) {
    const name = `distroless-verify-${ctx.runId}-${archOf(ctx.platform)}${suffix}`;
    const argv = lddRunArgs({ image, platform: ctx.platform, files, name, runId: ctx.runId });
    const started = performance.now();
    const result = await runContainer(ctx, argv, name, lddTimeoutMs());
    ctx.log.group(`${ctx.platform} · ldd in ${ctx.inputs.builderTarget} (${seconds(started)} s)`, [`$ ${describeCommand(argv)}`, result.stdout, result.stderr].filter(Boolean).join('\n'));
    if (result.timedOut) {
        throw new CheckError(`ldd in the builder stage did not finish within ${lddTimeoutMs() / 1000} s on ` +
            `${ctx.platform}; the container was stopped. An executable may hang its loader.`);
    }
    const hint = explainDockerFailure(result.stderr);
    if (hint && result.stdout.trim() === '') {
        throw new CheckError(`Running ldd in ${ctx.inputs.builderTarget} on ${ctx.platform} failed. ${hint}\n${result.stderr.trim()}`);
    }
    return parseLddOutput({
        files,
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: result.exitCode
    });
}
/** ldd for every executable in one container; musl's ldd takes one file a call, so the rest follow. */
async function runLdd(ctx, image, files) {
    const parsed = await lddContainer(ctx, image, files, '');
    const skipped = unexaminedFiles(parsed);
    for (const [i, file] of skipped.entries()) {
        const alone = await lddContainer(ctx, image, [file], `-${i + 1}`);
        const index = parsed.sections.findIndex(section => section.file === file);
        const section = alone.sections[0];
        if (index >= 0 && section)
            parsed.sections[index] = section;
        parsed.unattributed.push(...alone.unattributed);
        parsed.notes.push(...alone.notes);
        if (alone.exitCode !== 0)
            parsed.exitCode = alone.exitCode;
    }
    return soundBuilder(ctx, parsed);
}
/** What ldd (or static analysis) said, unless it shows the builder itself is broken. */
function soundBuilder(ctx, parsed) {
    const problems = lddProblems(parsed);
    if (problems.length > 0) {
        throw new CheckError(`The builder stage "${ctx.inputs.builderTarget}" on ${ctx.platform} has problems of its own:\n` +
            problems.map(problem => `- ${problem}`).join('\n'));
    }
    return parsed;
}
/** ldd from the cache when the builder image is unchanged, else from one container. */
async function lddResults(ctx, tag, files) {
    const id = ctx.cache ? await imageIdOf(tag) : '';
    const key = id ? lddCacheKey(id, ctx.platform, files) : undefined;
    if (ctx.cache && key) {
        const cached = await ctx.cache.get(key);
        if (cached && lddProblems(cached).length === 0) {
            ctx.log.group(`${ctx.platform} · ldd results from ${ctx.cache.description} (${key})`, '');
            return { ldd: cached, cache: 'hit' };
        }
    }
    const ldd = await runLdd(ctx, tag, files);
    if (ctx.cache && key)
        await ctx.cache.set(key, ldd);
    return { ldd, cache: ctx.cache && key ? 'miss' : 'off' };
}
/** extra-libraries, expanded in the builder; a pattern that names nothing is a mistake. */
function expandExtraLibraries(ctx, builderImage) {
    const files = [];
    for (const pattern of ctx.inputs.extraLibraries) {
        const matches = expandPattern(builderImage, pattern);
        if (matches.length === 0) {
            throw new CheckError(`extra-libraries: "${pattern}" names no file in the builder stage "${ctx.inputs.builderTarget}" ` +
                `on ${ctx.platform}. Check the path (the multiarch folder differs per platform: use * ` +
                'for it, e.g. /usr/lib/*/libnss_dns.so.2).');
        }
        for (const match of matches)
            if (!files.includes(match))
                files.push(match);
    }
    return files;
}
/** Builds a stage into the engine under a temporary tag: the builder for containers, any for its config. */
async function loadStage(ctx, stage, tag, timings, label) {
    const buildArgv = buildxBuildArgs({
        ...buildBase(ctx),
        target: stage,
        // No run label: the image's ID keys the ldd cache, so it must not change from run to run.
        // Cleanup finds it by its tag.
        output: { type: 'load', tags: [tag], labels: [] }
    });
    const started = performance.now();
    const build = await runDocker(buildArgv, { signal: ctx.signal });
    timings[`load ${label}`] = seconds(started);
    ctx.log.group(`${ctx.platform} · build ${label} (${seconds(started)} s)`, build.stderr);
    if (build.exitCode !== 0) {
        throw new CheckError(failureMessage(`Building stage "${label}" for ${ctx.platform}`, buildArgv, build));
    }
}
function loadBuilder(ctx, tag, timings) {
    return loadStage(ctx, ctx.inputs.builderTarget, tag, timings, ctx.inputs.builderTarget);
}
/** LD_LIBRARY_PATH from a loaded image's configuration (its base images' ENV included). */
async function libraryPathOf(tag) {
    const inspect = await runDocker(['image', 'inspect', '--format', '{{json .Config.Env}}', tag]);
    if (inspect.exitCode !== 0)
        return undefined;
    try {
        const env = JSON.parse(inspect.stdout);
        return env
            ?.find(entry => entry.startsWith('LD_LIBRARY_PATH='))
            ?.slice('LD_LIBRARY_PATH='.length);
    }
    catch {
        return undefined;
    }
}
/**
 * Names the builder's package that owns each missing file, with whichever of dpkg, rpm and apk
 * the builder has, in one contained container. Best effort: a builder without a package
 * manager, or one that cannot run here, only loses the hint.
 */
async function addPackages(ctx, tag, checks, builderImage) {
    const namesOf = (check) => {
        const paths = check.copyFrom ?? [check.path];
        // dpkg knows a file by one of its merged-/usr names only: ask with both.
        const resolved = paths.map(p => builderImage.resolve(p).resolvedPath);
        return [...new Set([...paths, ...resolved].filter((p) => p !== undefined))];
    };
    const missing = checks.filter(check => !check.present);
    const asked = [...new Set(missing.flatMap(namesOf))].filter(p => builderImage.resolve(p).found);
    if (asked.length === 0)
        return checks;
    for (const [i, query] of OWNER_QUERIES.entries()) {
        const name = `distroless-verify-${ctx.runId}-${archOf(ctx.platform)}-owner-${i}`;
        const argv = sandboxRunArgs({
            image: tag,
            platform: ctx.platform,
            name,
            runId: ctx.runId,
            entrypoint: query.entrypoint,
            args: [...query.args, ...asked]
        });
        const result = await runContainer(ctx, argv, name, 120_000);
        if (/executable file not found|no such file or directory: unknown/i.test(result.stderr))
            continue;
        ctx.log.group(`${ctx.platform} · ${query.entrypoint}: who owns the missing files`, [`$ ${describeCommand(argv)}`, result.stdout, result.stderr].filter(Boolean).join('\n'));
        const owners = parseOwners(query.tool, asked, result.stdout);
        if (owners.size === 0 && result.exitCode !== 0 && explainDockerFailure(result.stderr)) {
            ctx.log.warning(`${ctx.platform}: could not ask ${query.entrypoint} which package owns the missing files: ${explainDockerFailure(result.stderr)}`);
        }
        return checks.map(check => {
            if (check.present)
                return check;
            const owner = namesOf(check)
                .map(p => owners.get(p))
                .find(Boolean);
            return owner ? { ...check, package: owner } : check;
        });
    }
    return checks;
}
/** The builder's dependencies read from its ELF files: no container, no emulation. */
function staticResults(ctx, builderImage, files, ldLibraryPath) {
    const parsed = analyzeStatically(builderImage, files, { ldLibraryPath });
    return soundBuilder(ctx, parsed);
}
async function verifyPlatform(ctx) {
    const timings = {};
    const tag = `${TEMP_REPOSITORY}:${ctx.runId}-${archOf(ctx.platform)}`;
    const { analysis } = ctx.inputs;
    const usesLdd = analysis !== 'static';
    const staticMode = analysis !== 'ldd';
    // Static analysis needs the images' LD_LIBRARY_PATH, which only their configuration holds.
    const finalTag = `${tag}-final`;
    const [, finalLoaded] = await Promise.all([
        usesLdd || staticMode ? loadBuilder(ctx, tag, timings) : undefined,
        staticMode
            ? loadStage(ctx, ctx.inputs.target, finalTag, timings, ctx.inputs.targetLabel).then(() => true)
            : false
    ]);
    const [builderLibraryPath, finalLibraryPath] = staticMode
        ? await Promise.all([libraryPathOf(tag), finalLoaded ? libraryPathOf(finalTag) : undefined])
        : [undefined, undefined];
    const started = performance.now();
    const builderLabel = `stage "${ctx.inputs.builderTarget}"`;
    const finalImage = exportAndIndex(ctx, ctx.inputs.target, `stage "${ctx.inputs.targetLabel}"`, staticMode);
    // Static analysis reads the builder's ELF files; dlopen patterns are expanded in it too.
    let builderImage;
    if (analysis !== 'ldd' || ctx.inputs.extraLibraries.length > 0) {
        builderImage = await exportAndIndex(ctx, ctx.inputs.builderTarget, builderLabel, analysis !== 'ldd');
    }
    const extraFiles = builderImage ? expandExtraLibraries(ctx, builderImage) : [];
    const files = [
        ...ctx.inputs.executables,
        ...extraFiles.filter(f => !ctx.inputs.executables.includes(f))
    ];
    const [fromLdd, finalIndex] = await Promise.all([
        usesLdd ? lddResults(ctx, tag, files) : undefined,
        finalImage
    ]);
    const fromStatic = builderImage && analysis !== 'ldd'
        ? staticResults(ctx, builderImage, files, builderLibraryPath)
        : undefined;
    const dependencies = fromLdd?.ldd ?? fromStatic;
    if (!dependencies)
        throw new CheckError(`No analysis ran for ${ctx.platform}.`);
    const disagreements = fromLdd && fromStatic ? compareAnalyses(fromLdd.ldd, fromStatic) : [];
    for (const difference of disagreements) {
        ctx.log.warning(`${ctx.platform}: ldd and static analysis disagree: ${difference}`);
    }
    timings.analysisAndIndex = seconds(started);
    const executables = executablesOf(dependencies.sections);
    const all = requirementsOf(executables, ctx.inputs).map(requirement => extraFiles.includes(requirement.path) && requirement.kind === 'executable'
        ? { ...requirement, kind: 'library', soname: external_node_path_default().posix.basename(requirement.path) }
        : requirement);
    const ignored = all.filter(requirement => isIgnored(requirement, ctx.inputs.ignore));
    let checks = verify(all.filter(requirement => !ignored.includes(requirement)), finalIndex);
    if (checks.some(check => !check.present)) {
        // Only a failing check pays for reading the builder: it names the files to copy.
        const copyStarted = performance.now();
        builderImage ??= await exportAndIndex(ctx, ctx.inputs.builderTarget, builderLabel);
        checks = addCopySources(checks, builderImage);
        // Asking the package manager runs a program of the builder: not in static mode, which
        // promises that nothing of the image runs.
        if (usesLdd)
            checks = await addPackages(ctx, tag, checks, builderImage);
        timings.indexBuilder = seconds(copyStarted);
    }
    // The final image's own loader: a library in a folder it does not search, symbol versions
    // its C library lacks, and programs nobody declared. Paths already missing are not repeated.
    const missingSonames = new Set(checks.filter(check => !check.present).map(check => check.soname));
    const loaderFindings = staticMode
        ? checkFinalLoader(finalIndex, ctx.inputs.executables, {
            wholeImage: true,
            ldLibraryPath: finalLibraryPath
        }).filter(finding => !(finding.declared && finding.kind === 'missing' && missingSonames.has(finding.soname)))
        : undefined;
    for (const finding of loaderFindings ?? []) {
        if (!finding.declared && !ctx.inputs.strict) {
            ctx.log.warning(`${ctx.platform}: ${finding.program} (not declared): ${finding.detail}`);
        }
    }
    return {
        platform: ctx.platform,
        analysis,
        ...(loaderFindings ? { loaderFindings } : {}),
        executables,
        checks,
        ignored,
        lddCache: fromLdd?.cache ?? 'off',
        ...(analysis === 'both' ? { disagreements } : {}),
        timings
    };
}
/**
 * Verifies every platform, all at once, and always removes what it created. A fault on one
 * platform fails the run with every platform's fault named.
 */
async function runVerification(inputs, log, options = {}) {
    const runId = options.runId ?? newRunId();
    const secrets = writeSecretFiles(inputs);
    try {
        await preflight(inputs.builder);
        const settled = await Promise.allSettled(inputs.platforms.map(platform => verifyPlatform({
            inputs,
            platform,
            runId,
            log,
            signal: options.signal,
            secretFiles: secrets.files,
            cache: options.cache
        })));
        if (options.signal?.aborted) {
            throw new CheckError('The run was cancelled; its builds were stopped and its temporary images and containers removed.');
        }
        const faults = settled.flatMap((outcome, i) => outcome.status === 'rejected' ? [`${inputs.platforms[i]}: ${messageOf(outcome.reason)}`] : []);
        if (faults.length > 0)
            throw new CheckError(faults.join('\n\n'));
        const platforms = settled.flatMap(outcome => outcome.status === 'fulfilled' ? [outcome.value] : []);
        return {
            passed: platforms.every(result => result.checks.every(check => check.present) &&
                !(result.loaderFindings ?? []).some(finding => finding.declared || inputs.strict)),
            builderTarget: inputs.builderTarget,
            target: inputs.targetLabel,
            dockerfile: inputs.fileLabel,
            platforms
        };
    }
    finally {
        if (secrets.folder)
            (0,external_node_fs_namespaceObject.rmSync)(secrets.folder, { recursive: true, force: true });
        for (const problem of await cleanupRun(runId))
            log.warning(`Cleanup: ${problem}`);
    }
}
function messageOf(error) {
    if (error instanceof CheckError || error instanceof CommandError)
        return error.message;
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Publish after verify, with the run's build options; removes what it needed only for itself. */
async function publishVerified(inputs, log, runId) {
    const secrets = writeSecretFiles(inputs);
    try {
        const base = runBuildBase(inputs, secrets.files);
        const flags = base.flags ? { ...base.flags, cacheTo: inputs.build.cacheTo } : undefined;
        return await publish(inputs, log, runId, { ...base, flags });
    }
    finally {
        if (secrets.folder)
            (0,external_node_fs_namespaceObject.rmSync)(secrets.folder, { recursive: true, force: true });
        for (const problem of await cleanupRun(runId))
            log.warning(`Cleanup: ${problem}`);
    }
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/escape.ts
// Pure: make untrusted text (paths and names from images and inputs) safe for each place it is
// shown in: GitHub markdown, a terminal, a Dockerfile line.
/**
 * Control characters, and the invisible ones that reorder or hide text (bidi overrides,
 * zero-width marks): a path must read on screen as what it is.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED_CONTROLS = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Writes control and invisible characters as escapes (`\n`, `\x1b`, `\u202e`). */
function showInvisible(text) {
    return text.replace(INVISIBLE, char => {
        const named = NAMED_CONTROLS[char];
        if (named !== undefined)
            return named;
        const code = char.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/** Shortens text to at most `max` characters, ending in `…`, without splitting a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/**
 * Markdown text that renders as exactly these characters: every ASCII character that markdown,
 * HTML, GitHub's autolinks, mentions, emoji or math could act on becomes a numeric entity.
 * An allow-list, so a character nobody thought of stays inert. Safe inside table cells.
 * Parentheses stay: with `[` and `]` escaped they cannot make a link.
 */
function markdownText(text) {
    return showInvisible(text).replace(/[^A-Za-z0-9 ,/+=%()\-\u0080-\uffff]/g, char => {
        return `&#${char.charCodeAt(0)};`;
    });
}
/**
 * An inline code span holding exactly `text`. Code span content is never parsed for HTML,
 * links or emphasis, so only three things need care: the fence must be longer than any run of
 * backticks inside (CommonMark), newlines would end a table row, and inside a GFM table a `|`
 * ends the cell even within code unless written `\|`.
 */
function markdownCode(text, options = {}) {
    let content = showInvisible(text);
    if (options.inTable)
        content = content.replace(/\|/g, '\\|');
    if (content === '')
        return '<code></code>';
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each end when both are present; padding keeps the text
    // exact and keeps a backtick at either end from joining the fence.
    const pad = longestRun > 0 || (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '');
    return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}
/** A fence for a fenced code block that no line of `body` can close. */
function codeFence(body) {
    const longestRun = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map(run => run.length));
    return '`'.repeat(Math.max(3, longestRun + 1));
}
/**
 * Renders `text` in which spans between backticks are code (as our reasons write paths):
 * the code parts become code spans, the rest inert text. Unpaired backticks: all text.
 */
function markdownWithCode(text, options = {}) {
    const parts = text.split('`');
    if (parts.length % 2 === 0)
        return markdownText(text);
    return parts
        .map((part, index) => {
        if (index % 2 === 0)
            return markdownText(part);
        return part === '' ? '' : markdownCode(part, options);
    })
        .join('');
}
/** Path characters that need no quoting in a Dockerfile's shell-form COPY. */
const PLAIN_PATH = /^\/[A-Za-z0-9_./+@:,=%~-]*$/;
/** Glob characters as one-character classes: BuildKit's matchers differ on `\*`, not on `[*]`. */
const GLOB_LITERAL = { '*': '[*]', '?': '[?]', '[': '[[]', '\\': '[\\\\]' };
/**
 * One argument of a JSON-form COPY, as BuildKit reads it: the JSON string is decoded, then the
 * word goes through the shell-word lexer (for `$VAR`), which takes `\`, `$`, `'` and `"` as
 * special; a backslash before each keeps it literal. A source holding `*`, `?` or `[` is a glob
 * pattern (one that matches nothing copies nothing, silently), so each glob character, and the
 * backslash, becomes a class matching only itself; a source without them is taken as it is.
 */
function dockerfileWord(path, role) {
    let word = path;
    if (role === 'source' && /[*?[]/.test(word)) {
        word = word.replace(/[\\*?[]/g, char => GLOB_LITERAL[char] ?? char);
    }
    return word.replace(/[\\$'"]/g, '\\$&');
}
/**
 * The arguments of `COPY --from=stage <arguments>` copying each source to `destination`:
 * shell form when every path is plain, else the JSON (exec) form, the only one that can hold
 * a space.
 */
function dockerfileCopyArguments(sources, destination) {
    const paths = [...sources, destination];
    if (paths.every(path => PLAIN_PATH.test(path)))
        return paths.join(' ');
    const words = [
        ...sources.map(source => dockerfileWord(source, 'source')),
        dockerfileWord(destination, 'destination')
    ];
    // JSON.stringify writes control characters as `\n` or `\u001b` (one line, decoded back);
    // invisible ones it leaves raw are written as `\u202e` too, so the line reads as it acts.
    const json = (word) => JSON.stringify(word).replace(INVISIBLE, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `[${words.map(json).join(', ')}]`;
}

;// CONCATENATED MODULE: ./src/report.ts
// Pure renderers of a Report: the job summary (markdown), the JSON report, a terminal report,
// and the Dockerfile lines that fix what is missing. The edges write what these return.


const REPORT_SCHEMA_VERSION = 1;
const DEFAULT_MAX_ROWS_PER_PLATFORM = 200;
/** GitHub refuses a step summary over 1 MiB (1,048,576 bytes); stay clear of it. */
const SUMMARY_BYTE_BUDGET = 1_000_000;
/** Stage the all-platforms fix asks the target stage to be renamed to. */
const FIX_BASE_STAGE = 'dv-base';
/** Prefix of the per-architecture stages of the all-platforms fix. */
const FIX_STAGE_PREFIX = 'dv-libs-';
/** Longest path or name shown in the summary; the JSON report keeps every character. */
const MAX_SHOWN_CHARS = 512;
const MAX_NEEDED_BY_SHOWN = 3;
const FIX_ORDER = { interpreter: 0, library: 1, executable: 2 };
// Code-unit order, not localeCompare: the same output on every machine.
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Missing checks in fix order: the interpreter, then libraries by path, then executables. */
function missingChecks(checks) {
    return checks
        .filter(check => !check.present)
        .sort((a, b) => FIX_ORDER[a.kind] - FIX_ORDER[b.kind] || compareText(a.path, b.path));
}
function failurePhrase(resolution) {
    const failure = resolution.failure;
    switch (failure?.kind) {
        case undefined:
        case 'absent':
            return ['absent from the final image'];
        case 'dangling': {
            const last = resolution.chain.at(-1);
            if (last === undefined)
                return [{ path: failure.at }, ' is a link to nothing'];
            if (last.target === '')
                return [{ path: last.link }, ' is an empty symbolic link'];
            const phrase = [{ path: last.link }, ' points to ', { path: last.target }];
            // A relative target reads better with the absolute path it names.
            if (failure.at !== last.target && failure.at !== last.link) {
                phrase.push(' (', { path: failure.at }, ')');
            }
            phrase.push(', which is absent');
            resolution.chain.slice(0, -1).forEach((step, index) => {
                phrase.push(index === 0 ? ', via ' : ', ', { path: step.link }, ' → ', {
                    path: step.target
                });
            });
            return phrase;
        }
        case 'loop':
            return ['symbolic links loop at ', { path: failure.at }];
        case 'not-a-file':
            return [{ path: failure.at }, ' is not a regular file'];
        case 'not-a-directory':
            return [{ path: failure.at }, ' is a file, not a folder'];
    }
}
/** One sentence on why a path is missing; paths are written between backticks. */
function describeFailure(resolution) {
    return failurePhrase(resolution)
        .map(part => (typeof part === 'string' ? part : `\`${part.path}\``))
        .join('');
}
function reasonOf(check) {
    return check.reason ?? describeFailure(check.resolution);
}
/** The reason as a table cell: paths of our own phrases always in code, whatever they hold. */
function reasonCell(check) {
    if (check.reason !== undefined) {
        return markdownWithCode(clip(check.reason, 2 * MAX_SHOWN_CHARS), { inTable: true });
    }
    return failurePhrase(check.resolution)
        .map(part => (typeof part === 'string' ? markdownText(part) : cellCode(part.path)))
        .join('');
}
/** One entry per platform and missing path, in fix order within each platform. */
function missingEntries(report) {
    return report.platforms.flatMap(platform => missingChecks(platform.checks).map(check => ({
        platform: platform.platform,
        path: check.path,
        soname: check.soname,
        neededBy: [...check.neededBy],
        reason: reasonOf(check)
    })));
}
/**
 * `COPY --from=<builderTarget>` lines that, appended to the target stage, put every missing path
 * in place: one line per path, copied to the same path. COPY follows a link given as source,
 * so the soname path receives the library itself; the versioned file it names is copied to its
 * own path too, so a link already in the image (perhaps dangling) leads to a file whichever way
 * BuildKit treats it. Paths come in fix order, each once.
 */
function renderCopyInstructions(checks, builderTarget) {
    const paths = new Set();
    for (const check of missingChecks(checks)) {
        const sources = check.copyFrom !== undefined && check.copyFrom.length > 0 ? check.copyFrom : [check.path];
        for (const source of sources)
            paths.add(source);
    }
    return [...paths].map(path => `COPY --from=${builderTarget} ${dockerfileCopyArguments([path], path)}`);
}
/**
 * One stage per architecture. TARGETARCH is the second part of the platform (`linux/arm/v7`:
 * `arm`); when two platforms share it, TARGETVARIANT tells them apart (`armv7`).
 */
function archStages(perPlatform) {
    const parts = perPlatform.map(({ platform, lines }) => {
        const [, arch = '', variant = ''] = platform.toLowerCase().split('/');
        return { arch, variant, lines };
    });
    const byVariant = parts.some(a => parts.some(b => a.arch === b.arch && a.variant !== b.variant));
    const stages = new Map();
    for (const { arch, variant, lines } of parts) {
        // Stage names allow only a few characters; platform names are input.
        const key = (byVariant ? arch + variant : arch).replace(/[^a-z0-9]/g, '') || 'unknown';
        const union = stages.get(key) ?? new Set();
        for (const line of lines)
            union.add(line);
        stages.set(key, union);
    }
    return {
        stages: [...stages].map(([key, lines]) => ({
            name: FIX_STAGE_PREFIX + key,
            lines: [...lines]
        })),
        selector: byVariant ? '${TARGETARCH}${TARGETVARIANT}' : '${TARGETARCH}'
    };
}
/**
 * The fix for every platform of one multi-platform build, when the files differ per platform:
 * the target stage is renamed to `dv-base`, one stage per architecture adds that architecture's
 * files on top of it, and a stage under the target's name is chosen by TARGETARCH (BuildKit
 * expands the platform ARGs in FROM without a declaration). Files are copied one by one into
 * the stage that has the image's own folders: copying a whole tree with `COPY --from=stage / /`
 * fails where the image has `/lib -> usr/lib` ("cannot copy to non-directory").
 */
function renderAllPlatformsFix(perPlatform, builderTarget, targetStage) {
    const target = showInvisible(targetStage);
    const { stages, selector } = archStages(perPlatform);
    const out = [
        `# 1. Rename the target stage: \`FROM … AS ${target}\` becomes \`FROM … AS ${FIX_BASE_STAGE}\`.`,
        `# 2. Add these stages at the end of the Dockerfile (after \`${showInvisible(builderTarget)}\`).`
    ];
    for (const stage of stages) {
        out.push('', `FROM ${FIX_BASE_STAGE} AS ${stage.name}`, ...stage.lines);
    }
    out.push('', `FROM ${FIX_STAGE_PREFIX}${selector} AS ${target}`);
    return out.join('\n');
}
/** `version` first so a reader can decide how to read the rest. */
function renderJsonReport(report) {
    return JSON.stringify({ version: REPORT_SCHEMA_VERSION, ...report, missing: missingEntries(report) }, null, 2);
}
function missingCounts(report) {
    return report.platforms
        .map(platform => ({
        platform: platform.platform,
        count: platform.checks.filter(check => !check.present).length
    }))
        .filter(({ count }) => count > 0);
}
/** `passed`, `2 missing on linux/amd64, 1 missing on linux/arm64`, or `failed`. */
function verdictWords(report, showPlatform) {
    const counts = missingCounts(report);
    if (counts.length > 0) {
        return counts
            .map(({ platform, count }) => `${count} missing on ${showPlatform(platform)}`)
            .join(', ');
    }
    return report.passed ? 'passed' : 'failed';
}
/** Same fix on every platform: one block serves them all. */
function fixesDiffer(fixes) {
    const first = fixes[0]?.lines.join('\n');
    return fixes.some(fix => fix.lines.join('\n') !== first);
}
function capLines(lines, max) {
    if (lines.length <= max)
        return lines;
    return [...lines.slice(0, max), `# … and ${lines.length - max} more lines: see the JSON report`];
}
function fencedBlock(language, body) {
    const fence = codeFence(body);
    return `${fence}${language}\n${body}\n${fence}`;
}
function cellCode(text) {
    return markdownCode(clip(text, MAX_SHOWN_CHARS), { inTable: true });
}
function neededByCell(neededBy) {
    const shown = neededBy.slice(0, MAX_NEEDED_BY_SHOWN).map(cellCode).join(', ');
    const more = neededBy.length - MAX_NEEDED_BY_SHOWN;
    return more > 0 ? `${shown} and ${more} more` : shown;
}
function libraryCell(kind, soname) {
    if (soname === null)
        return markdownText(kind);
    return kind === 'library' ? cellCode(soname) : `${cellCode(soname)} (${markdownText(kind)})`;
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function missingTable(missing, maxRows) {
    // The builder's package manager names the package to install or copy from, when it could.
    const withPackage = missing.some(check => check.package !== undefined);
    const rows = missing
        .slice(0, maxRows)
        .map(check => tableRow([
        libraryCell(check.kind, check.soname),
        cellCode(check.path),
        neededByCell(check.neededBy),
        reasonCell(check),
        ...(withPackage ? [check.package ? cellCode(check.package) : ''] : [])
    ]));
    const header = ['library', 'path in the builder', 'needed by', 'why'];
    if (withPackage)
        header.push('package in the builder');
    const out = [tableRow(header), tableRow(header.map(() => '---')), ...rows];
    const more = missing.length - rows.length;
    if (more > 0)
        out.push('', `… and ${more} more missing: see the JSON report.`);
    return out;
}
/** Where a path led in the final image: `path → resolved path`, or why it led nowhere. */
function finalImageCell(check) {
    if (!check.present)
        return reasonCell(check);
    const { path, resolvedPath } = check.resolution;
    if (resolvedPath === undefined || resolvedPath === path)
        return cellCode(path);
    return cellCode(`${clip(path, MAX_SHOWN_CHARS)} → ${clip(resolvedPath, MAX_SHOWN_CHARS)}`);
}
function checkRow(check, library, builderPath) {
    if (check === undefined) {
        return tableRow(['➖', library, cellCode(builderPath), markdownText('not checked')]);
    }
    return tableRow([
        check.present ? '✅' : '❌',
        library,
        cellCode(builderPath),
        finalImageCell(check)
    ]);
}
/** The rows of one executable: itself, its interpreter, then each library ldd listed. */
function executableRows(executable, checksByPath) {
    const rows = [
        checkRow(checksByPath.get(executable.path), markdownText('executable'), executable.path)
    ];
    if (executable.interpreter !== null) {
        const check = checksByPath.get(executable.interpreter);
        rows.push(checkRow(check, libraryCell('interpreter', check?.soname ?? null), executable.interpreter));
    }
    for (const library of executable.libraries) {
        if (library.path === executable.interpreter)
            continue;
        if (library.path === null) {
            rows.push(tableRow([
                '⚠️',
                cellCode(library.soname),
                markdownText('not found by ldd'),
                markdownText('not checked')
            ]));
            continue;
        }
        rows.push(checkRow(checksByPath.get(library.path), cellCode(library.soname), library.path));
    }
    return rows;
}
function checkedSection(platform, maxRows) {
    const checksByPath = new Map(platform.checks.map(check => [check.path, check]));
    const out = ['', `#### ${markdownCode(clip(platform.platform, MAX_SHOWN_CHARS))}`];
    let budget = maxRows;
    let hidden = 0;
    for (const executable of platform.executables) {
        const rows = executableRows(executable, checksByPath);
        if (budget <= 0) {
            hidden += rows.length;
            continue;
        }
        const linkage = executable.linkage === 'static' ? ' (statically linked)' : '';
        out.push('', `##### ${markdownCode(clip(executable.path, MAX_SHOWN_CHARS))}${linkage}`, '', tableRow(['', 'library', 'path in the builder', 'in the final image']), tableRow(['---', '---', '---', '---']), ...rows.slice(0, budget));
        hidden += Math.max(0, rows.length - budget);
        budget -= rows.length;
    }
    if (hidden > 0)
        out.push('', `… and ${hidden} more rows: see the JSON report.`);
    return out;
}
function summaryMarkdown(report, maxRows) {
    const code = (text) => markdownCode(clip(text, MAX_SHOWN_CHARS));
    const icon = report.passed ? '✅' : '❌';
    const verdict = verdictWords(report, platform => markdownText(clip(platform, MAX_SHOWN_CHARS)));
    const out = [
        `## ${icon} distroless-verify: ${verdict}`,
        '',
        `Dockerfile ${code(report.dockerfile)}, builder stage ${code(report.builderTarget)}, ` +
            `target stage ${code(report.target)}, platforms ${report.platforms.map(p => code(p.platform)).join(', ')}.`
    ];
    const fixes = report.platforms.map(platform => ({
        platform: platform.platform,
        lines: capLines(renderCopyInstructions(platform.checks, report.builderTarget), 2 * maxRows)
    }));
    report.platforms.forEach((platform, index) => {
        const missing = missingChecks(platform.checks);
        if (missing.length === 0) {
            out.push('', `### ✅ ${code(platform.platform)}: all ${platform.checks.length} paths present`);
            return;
        }
        out.push('', `### ❌ ${code(platform.platform)}: ${missing.length} missing`, '');
        out.push(...missingTable(missing, maxRows));
        out.push('', `Append to the end of the ${code(report.target)} stage:`, '', fencedBlock('dockerfile', (fixes[index]?.lines ?? []).join('\n')));
    });
    if (report.platforms.length > 1 && fixesDiffer(fixes)) {
        out.push('', '### All platforms in one Dockerfile', '', 'The files differ per platform. In one multi-platform build, this form gives each platform ' +
            'its own files, chosen by `TARGETARCH`:', '', fencedBlock('dockerfile', renderAllPlatformsFix(fixes, report.builderTarget, report.target)));
    }
    const libraryCount = report.platforms
        .flatMap(platform => platform.checks)
        .filter(check => check.kind !== 'executable').length;
    out.push('', `<details><summary>Libraries checked (${libraryCount})</summary>`);
    for (const platform of report.platforms)
        out.push(...checkedSection(platform, maxRows));
    out.push('', '</details>', '');
    return out.join('\n');
}
/**
 * The job summary: the verdict, then per platform what is missing and the COPY lines that fix
 * it, the all-platforms form when those differ, and every check in a collapsed section. Every
 * text from images and inputs is escaped. Tables stop at `maxRowsPerPlatform` rows; a summary
 * still over GitHub's limit is rendered again with fewer rows.
 */
function renderSummary(report, options = {}) {
    let maxRows = Math.max(0, Math.floor(options.maxRowsPerPlatform ?? DEFAULT_MAX_ROWS_PER_PLATFORM));
    for (;;) {
        const markdown = summaryMarkdown(report, maxRows);
        if (maxRows === 0 || external_node_buffer_namespaceObject.Buffer.byteLength(markdown, 'utf8') <= SUMMARY_BYTE_BUDGET)
            return markdown;
        maxRows = Math.floor(maxRows / 2);
    }
}
/** Columns padded to their widest cell, two spaces apart. */
function textTable(header, rows) {
    const width = (text) => [...text].length;
    const widths = header.map((title, column) => Math.max(width(title), ...rows.map(row => width(row[column] ?? ''))));
    return [header, ...rows].map(row => row
        .map((cell, column) => cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - width(cell))))
        .join('  ')
        .trimEnd());
}
/**
 * The report for a terminal: plain text, no markdown and no escape sequences (control
 * characters from image paths are shown escaped, so a path cannot drive the terminal).
 */
function renderTextReport(report) {
    const show = showInvisible;
    const out = [
        `distroless-verify: ${report.passed ? '' : 'FAILED, '}${verdictWords(report, show)}`,
        `Dockerfile: ${show(report.dockerfile)}  builder stage: ${show(report.builderTarget)}  ` +
            `target stage: ${show(report.target)}`,
        `Platforms: ${report.platforms.map(platform => show(platform.platform)).join(', ')}`
    ];
    const fixes = report.platforms.map(platform => ({
        platform: platform.platform,
        lines: renderCopyInstructions(platform.checks, report.builderTarget)
    }));
    report.platforms.forEach((platform, index) => {
        const missing = missingChecks(platform.checks);
        if (missing.length === 0) {
            out.push('', `${show(platform.platform)}: all ${platform.checks.length} paths present`);
            return;
        }
        out.push('', `${show(platform.platform)}: ${missing.length} missing`);
        const rows = missing.map(check => [
            show(check.soname ?? check.kind),
            show(check.path),
            check.neededBy.map(show).join(', '),
            show(reasonOf(check))
        ]);
        out.push(...textTable(['LIBRARY', 'PATH IN THE BUILDER', 'NEEDED BY', 'WHY'], rows).map(l => `  ${l}`));
        out.push('', `  Append to the end of the ${show(report.target)} stage:`);
        out.push(...(fixes[index]?.lines ?? []).map(line => `    ${show(line)}`));
    });
    if (report.platforms.length > 1 && fixesDiffer(fixes)) {
        out.push('', 'All platforms in one Dockerfile (the files differ per platform):');
        const fix = renderAllPlatformsFix(fixes, report.builderTarget, report.target);
        out.push(...fix.split('\n').map(line => (line === '' ? '' : `    ${show(line)}`)));
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/junit.ts
// Pure: the report as JUnit XML, one test suite per platform and one test case per required path.

function xml(text) {
    return (text
        // Characters XML 1.0 cannot hold at all.
        .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;'));
}
function renderJunitReport(report) {
    const reasons = new Map(missingEntries(report).map(e => [`${e.platform}\0${e.path}`, e.reason]));
    const suites = report.platforms.map(platform => {
        const failures = platform.checks.filter(check => !check.present).length;
        const time = Object.values(platform.timings).reduce((sum, t) => sum + t, 0);
        const cases = platform.checks.map(check => {
            const name = `${check.kind} ${check.path}${check.soname ? ` (${check.soname})` : ''}`;
            const head = `    <testcase classname="${xml(`${platform.platform}.${report.target}`)}" name="${xml(name)}"`;
            if (check.present)
                return `${head}/>`;
            const reason = reasons.get(`${platform.platform}\0${check.path}`) ?? 'missing';
            const detail = `needed by ${check.neededBy.join(', ')}: ${reason}`;
            return [
                `${head}>`,
                `      <failure message="${xml(reason)}" type="missing">${xml(detail)}</failure>`,
                '    </testcase>'
            ].join('\n');
        });
        return [
            `  <testsuite name="${xml(`distroless-verify ${platform.platform}`)}" tests="${platform.checks.length}" failures="${failures}" errors="0" skipped="0" time="${time.toFixed(2)}">`,
            ...cases,
            '  </testsuite>'
        ].join('\n');
    });
    const tests = report.platforms.reduce((n, p) => n + p.checks.length, 0);
    const failures = report.platforms.reduce((n, p) => n + p.checks.filter(c => !c.present).length, 0);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="distroless-verify" tests="${tests}" failures="${failures}" errors="0">`,
        ...suites,
        '</testsuites>',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/loader-report.ts
// Pure: the final image's own loader findings, for the job summary and the terminal.

const MAX_ROWS = 200;
/** A markdown section, or '' when static analysis found nothing (or did not run). */
function renderLoaderFindings(report) {
    const platforms = report.platforms.filter(p => (p.loaderFindings ?? []).length > 0);
    if (platforms.length === 0)
        return '';
    const out = [
        "### The final image's own loader",
        '',
        markdownText('Static analysis started each program of the final stage as its own loader would, with ' +
            "that image's folders, ld.so.cache and C library. Declared programs fail the check; " +
            'others are warnings unless strict is true.'),
        ''
    ];
    for (const platform of platforms) {
        const findings = platform.loaderFindings ?? [];
        out.push(`#### ${markdownCode(platform.platform)}`, '');
        out.push('| program | declared | needs | needed by | why |', '| --- | --- | --- | --- | --- |');
        for (const finding of findings.slice(0, MAX_ROWS)) {
            const needs = finding.version ? `${finding.soname} ${finding.version}` : finding.soname;
            out.push(`| ${markdownCode(finding.program, { inTable: true })} | ${finding.declared ? 'yes' : 'no'} | ` +
                `${markdownCode(needs, { inTable: true })} | ${markdownCode(finding.neededBy, { inTable: true })} | ` +
                `${markdownText(finding.detail)} |`);
        }
        if (findings.length > MAX_ROWS)
            out.push('', markdownText(`… and ${findings.length - MAX_ROWS} more`));
        out.push('');
    }
    return out.join('\n');
}
/** The same for a terminal: one line a finding. */
function renderLoaderFindingsText(report) {
    const lines = [];
    for (const platform of report.platforms) {
        for (const finding of platform.loaderFindings ?? []) {
            const who = finding.declared ? finding.program : `${finding.program} (not declared)`;
            lines.push(showInvisible(`${platform.platform}: ${who}: ${finding.detail}`));
        }
    }
    return lines.length > 0 ? `\nThe final image's own loader:\n  ${lines.join('\n  ')}\n` : '';
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __nccwpck_require__(390);
;// CONCATENATED MODULE: ./src/dockerfile.ts
// Reads a Dockerfile's stages and the lines that matter to us (pure).

function readStages(dockerfileText) {
    const dockerfile = main.DockerfileParser.parse(dockerfileText);
    const stages = [];
    let current;
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword().toUpperCase();
        const line = instruction.getRange().start.line + 1;
        if (keyword === 'FROM') {
            const from = dockerfile.getFROMs().find(f => f.getRange().start.line + 1 === line);
            current = {
                name: from?.getBuildStage() ?? null,
                index: stages.length,
                fromLine: line,
                copiesFrom: []
            };
            stages.push(current);
        }
        else if (keyword === 'COPY' && current) {
            const flag = instruction.getFromFlag?.();
            const value = flag?.getValue();
            if (value)
                current.copiesFrom.push({ from: value, line });
        }
    }
    return stages;
}
/** Stage names match case-insensitively, as in Docker; a number names a stage by index. */
function findStage(stages, reference) {
    if (/^\d+$/.test(reference))
        return stages[Number(reference)];
    const wanted = reference.toLowerCase();
    return stages.find(stage => stage.name?.toLowerCase() === wanted);
}
function describeStages(stages) {
    if (stages.length === 0)
        return 'it has no FROM line';
    return stages
        .map(stage => stage.name
        ? `${stage.name} (line ${stage.fromLine})`
        : `#${stage.index} (unnamed, line ${stage.fromLine})`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The only place that reads the action's inputs: typed, validated once, clear errors.




/** Bad input: the message says what, where and how to fix it. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
const KNOWN_ARCHES = {
    amd64: ['v1', 'v2', 'v3', 'v4'],
    arm64: ['v8'],
    arm: ['v5', 'v6', 'v7'],
    '386': [],
    ppc64le: [],
    s390x: [],
    riscv64: [],
    mips64le: [],
    loong64: []
};
const BOOLEANS = {
    true: true,
    True: true,
    TRUE: true,
    false: false,
    False: false,
    FALSE: false
};
function lines(value) {
    return value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line.length > 0);
}
/**
 * One path per line, or several on a line separated by commas. A comma is a separator only
 * when every part of the line is an absolute path, so `/opt/a,b` stays one path.
 */
function parseExecutables(value) {
    const paths = [];
    for (const line of lines(value)) {
        const parts = line.split(',').map(part => part.trim());
        const separated = parts.length > 1 && parts.every(part => part.startsWith('/'));
        for (const candidate of separated ? parts : [line]) {
            if (!candidate.startsWith('/')) {
                throw new InputError(`executables: "${candidate}" is not an absolute path. Give each program's full path ` +
                    `inside the builder stage, e.g. /usr/bin/${external_node_path_default().posix.basename(candidate) || 'myapp'}.`);
            }
            if (candidate.includes('\0')) {
                throw new InputError('executables: a path contains a NUL character; remove it.');
            }
            if (!paths.includes(candidate))
                paths.push(candidate);
        }
    }
    if (paths.length === 0) {
        throw new InputError('executables is empty: list the absolute paths, inside the builder stage, of the programs ' +
            'the final image runs (one per line), e.g. "executables: /usr/bin/myapp".');
    }
    return paths;
}
function parsePlatforms(value) {
    const given = lines(value.replace(/,/g, '\n'));
    if (given.length === 0)
        return [...DEFAULT_PLATFORMS];
    const platforms = [];
    for (const platform of given) {
        const [os, arch, variant, ...rest] = platform.split('/');
        const variants = arch === undefined ? undefined : KNOWN_ARCHES[arch];
        const known = os === 'linux' &&
            variants !== undefined &&
            rest.length === 0 &&
            (variant === undefined || variants.includes(variant));
        if (!known) {
            throw new InputError(`platforms: "${platform}" is not a platform this action can verify. Use os/arch[/variant] ` +
                `with os "linux" and one of the architectures ${Object.keys(KNOWN_ARCHES).join(', ')}, ` +
                'e.g. "linux/amd64,linux/arm64".');
        }
        if (!platforms.includes(platform))
            platforms.push(platform);
    }
    return platforms;
}
function parseBuildArgs(value) {
    return lines(value).map((line, index) => {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line);
        if (!match) {
            throw new InputError(`build-args, line ${index + 1}: "${line}" is not KEY=VALUE. Write one argument per line, ` +
                'e.g. "VERSION=1.2.3"; the key takes letters, digits and underscores.');
        }
        return line;
    });
}
function keyValueLines(name, value, example) {
    return lines(value).map((line, index) => {
        if (!/^[^=\s]+=/.test(line)) {
            throw new InputError(`${name}, line ${index + 1}: "${line}" is not NAME=VALUE; e.g. "${example}".`);
        }
        return line;
    });
}
function parseSecrets(value) {
    return lines(value).map((line, index) => {
        const match = /^([A-Za-z0-9_.-]+)=(.*)$/.exec(line);
        if (!match) {
            // The line may hold a secret: say where, never what.
            throw new InputError(`secrets, line ${index + 1} is not ID=VALUE (the id takes letters, digits, '_', '.' and '-'), ` +
                'e.g. "GIT_AUTH_TOKEN=${{ secrets.TOKEN }}".');
        }
        return { id: match[1] ?? '', value: match[2] ?? '' };
    });
}
function parseAnalysis(value) {
    const analysis = value.trim() || 'ldd';
    if (analysis !== 'ldd' && analysis !== 'static' && analysis !== 'both') {
        throw new InputError(`analysis: "${value}" is not a mode; use ldd (run ldd in the builder), static (read the ` +
            'ELF files, no emulation, nothing of the image runs) or both (compare the two).');
    }
    return analysis;
}
function parseReportFormats(value) {
    const formats = lines(value.replace(/,/g, '\n'));
    const result = ['json'];
    for (const format of formats) {
        if (format !== 'json' && format !== 'junit') {
            throw new InputError(`report-format: "${format}" is not a format; use json, junit or "json,junit".`);
        }
        if (!result.includes(format))
            result.push(format);
    }
    return result;
}
/** Glob patterns of libraries: absolute, no empty parts. */
function parsePatterns(name, value, mustBeAbsolute) {
    const patterns = lines(value.replace(/,/g, '\n'));
    for (const pattern of patterns) {
        if (mustBeAbsolute && !pattern.startsWith('/')) {
            throw new InputError(`${name}: "${pattern}" is not an absolute path or pattern in the builder, ` +
                'e.g. /usr/lib/x86_64-linux-gnu/libnss_dns.so.2 or /usr/lib/*/gconv/UTF-*.so.');
        }
    }
    return patterns;
}
function parseBoolean(name, value, fallback) {
    if (value.trim() === '')
        return fallback;
    const parsed = BOOLEANS[value.trim()];
    if (parsed === undefined) {
        throw new InputError(`${name}: "${value}" is not a boolean; use true or false.`);
    }
    return parsed;
}
function inputs_isDirectory(target) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(target).isDirectory();
    }
    catch {
        return false;
    }
}
function readDockerfile(file, inputName) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EISDIR'
                ? 'is a folder'
                : `cannot be read (${code})`;
        throw new InputError(`${inputName}: the Dockerfile ${file} ${why}. Set "file" to the Dockerfile's path, ` +
            'relative to the workspace, or put a Dockerfile in the build context.');
    }
}
/** `getInput` returns '' for an input that was not given, as @actions/core does. */
function readInputs(getInput, cwd) {
    const executables = parseExecutables(getInput(Input.executables));
    const contextInput = getInput(Input.context).trim() || '.';
    const context = external_node_path_default().resolve(cwd, contextInput);
    if (!inputs_isDirectory(context)) {
        throw new InputError(`context: the build context "${contextInput}" (${context}) is not an existing folder. ` +
            'Set "context" to the folder the Dockerfile builds from, relative to the workspace.');
    }
    const fileInput = getInput(Input.file).trim();
    const file = fileInput ? external_node_path_default().resolve(cwd, fileInput) : external_node_path_default().join(context, 'Dockerfile');
    const dockerfileText = readDockerfile(file, fileInput ? Input.file : Input.context);
    const stages = readStages(dockerfileText);
    if (stages.length < 2) {
        throw new InputError(`file: ${file} has ${stages.length === 0 ? 'no stage' : 'one stage'}; this action needs a ` +
            'multi-stage Dockerfile: a builder stage with the full distribution and a final stage.');
    }
    const builderTarget = getInput(Input.builderTarget).trim() || 'builder';
    const builderStage = findStage(stages, builderTarget);
    if (!builderStage?.name) {
        throw new InputError(`builder-target: "${builderTarget}" is not a named stage of ${file}. Its stages are: ` +
            `${describeStages(stages)}. Name the stage where ldd can run with "FROM ... AS <name>" ` +
            'and pass that name.');
    }
    const targetInput = getInput(Input.target).trim();
    const targetStage = targetInput ? findStage(stages, targetInput) : stages[stages.length - 1];
    if (!targetStage || (targetInput && !targetStage.name)) {
        throw new InputError(`target: "${targetInput}" is not a named stage of ${file}. Its stages are: ` +
            `${describeStages(stages)}.`);
    }
    if (targetStage === builderStage) {
        throw new InputError(`target and builder-target both name the stage "${builderTarget}". Set "target" to the ` +
            'distroless stage to verify (by default the last stage of the Dockerfile).');
    }
    const publish = {
        push: parseBoolean(Input.push, getInput(Input.push), false),
        load: parseBoolean(Input.load, getInput(Input.load), false),
        tags: lines(getInput(Input.tags).replace(/,/g, '\n'))
    };
    if ((publish.push || publish.load) && publish.tags.length === 0) {
        throw new InputError(`${publish.push ? 'push' : 'load'} is true but tags is empty: name the image, ` +
            'e.g. "tags: team/app:1.2.3" (one per line).');
    }
    if (publish.push && publish.load) {
        throw new InputError('push and load are both true: choose one (load keeps the image in the local engine).');
    }
    for (const tag of publish.tags) {
        if (/\s/.test(tag) || tag.startsWith('-')) {
            throw new InputError(`tags: "${tag}" is not an image reference; write name[:tag], one per line.`);
        }
    }
    return {
        executables,
        context,
        file,
        fileLabel: external_node_path_default().relative(cwd, file).startsWith('..') ? file : external_node_path_default().relative(cwd, file),
        stages,
        dockerfileLines: dockerfileText.split(/\r?\n/),
        builderTarget: builderStage.name,
        target: targetStage.name,
        targetLabel: targetStage.name ?? `the last stage (line ${targetStage.fromLine})`,
        platforms: parsePlatforms(getInput(Input.platforms)),
        buildArgs: parseBuildArgs(getInput(Input.buildArgs)),
        builder: getInput(Input.builder).trim() || undefined,
        checkInterpreter: parseBoolean(Input.checkInterpreter, getInput(Input.checkInterpreter), true),
        failOnMissing: parseBoolean(Input.failOnMissing, getInput(Input.failOnMissing), true),
        summary: parseBoolean(Input.summary, getInput(Input.summary), true),
        reportFormats: parseReportFormats(getInput(Input.reportFormat)),
        analysis: parseAnalysis(getInput(Input.analysis)),
        strict: parseBoolean(Input.strict, getInput(Input.strict), false),
        cache: parseBoolean(Input.cache, getInput(Input.cache), true),
        extraLibraries: parsePatterns(Input.extraLibraries, getInput(Input.extraLibraries), true),
        ignore: parsePatterns(Input.ignore, getInput(Input.ignore), false),
        build: {
            buildContexts: keyValueLines(Input.buildContexts, getInput(Input.buildContexts), 'deps=../deps'),
            secrets: parseSecrets(getInput(Input.secrets)),
            cacheFrom: lines(getInput(Input.cacheFrom)),
            cacheTo: lines(getInput(Input.cacheTo)),
            labels: keyValueLines(Input.labels, getInput(Input.labels), 'org.opencontainers.image.source=...'),
            noCache: parseBoolean(Input.noCache, getInput(Input.noCache), false),
            pull: parseBoolean(Input.pull, getInput(Input.pull), false)
        },
        publish
    };
}

;// CONCATENATED MODULE: ./src/cli.ts
// The local command: the action's engine with flags instead of inputs.
// Exit codes as the action's step: 0 passed, 1 failed (something missing, bad input or a fault);
// 2 only for a command line it cannot read.











const USAGE = `Usage: distroless-verify --executables PATH[,PATH...] [options]

Builds the Dockerfile's builder and target stages for each platform, runs ldd in the
builder, and checks that the target stage holds every library the programs need.

Options (the action's inputs):
  -e, --executables PATH    absolute path of a program in the builder (repeat or comma-separate)
      --context DIR         build context (default .)
  -f, --file FILE           Dockerfile (default DIR/Dockerfile)
      --builder-target NAME stage where ldd runs (default builder)
  -t, --target NAME         stage to verify (default the last stage)
  -p, --platforms LIST      platforms (default linux/amd64,linux/arm64)
      --build-arg KEY=VALUE build argument (repeat)
      --builder NAME        buildx builder (default the current one)
      --no-check-interpreter  do not require the program interpreter
      --analysis MODE       ldd (default), static (no emulation, nothing of the image runs), both
      --strict              findings on undeclared programs fail too (static, both)
      --extra-library PATTERN  a library loaded with dlopen, required too (repeat)
      --ignore PATTERN      a soname or path never to require (repeat)
      --build-context NAME=PATH, --secret ID=VALUE, --cache-from X, --cache-to X,
      --label K=V, --no-cache, --pull   build options (as docker/build-push-action)
      --push, --load, --tag REF   publish after every platform passed
      --cache-dir DIR       reuse ldd results of unchanged builder images from DIR
                            (default $XDG_CACHE_HOME/distroless-verify or ~/.cache/...)
      --no-ldd-cache        always run ldd
      --warn-only           exit 0 even when something is missing
Output:
      --json                print the JSON report instead of the table
      --summary FILE        write the markdown job summary to FILE
      --report FILE         write the JSON report to FILE
      --junit FILE          write a JUnit XML report to FILE
  -v, --verbose             print each phase's docker output
  -h, --help                this text

Exit codes, as the action's step: 0 passed (or --warn-only), 1 failed: something is missing,
bad input, or a fault (the message says which). 2: the command line could not be read.`;
function parse(argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: false,
        options: {
            executables: { type: 'string', short: 'e', multiple: true },
            context: { type: 'string' },
            file: { type: 'string', short: 'f' },
            'builder-target': { type: 'string' },
            target: { type: 'string', short: 't' },
            platforms: { type: 'string', short: 'p' },
            'build-arg': { type: 'string', multiple: true },
            builder: { type: 'string' },
            'no-check-interpreter': { type: 'boolean' },
            analysis: { type: 'string' },
            strict: { type: 'boolean' },
            'extra-library': { type: 'string', multiple: true },
            ignore: { type: 'string', multiple: true },
            'build-context': { type: 'string', multiple: true },
            secret: { type: 'string', multiple: true },
            'cache-from': { type: 'string', multiple: true },
            'cache-to': { type: 'string', multiple: true },
            label: { type: 'string', multiple: true },
            'no-cache': { type: 'boolean' },
            pull: { type: 'boolean' },
            push: { type: 'boolean' },
            load: { type: 'boolean' },
            tag: { type: 'string', multiple: true },
            'cache-dir': { type: 'string' },
            'no-ldd-cache': { type: 'boolean' },
            junit: { type: 'string' },
            'warn-only': { type: 'boolean' },
            json: { type: 'boolean' },
            summary: { type: 'string' },
            report: { type: 'string' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' }
        }
    }).values;
}
function defaultCacheDir() {
    const base = process.env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache');
    return external_node_path_default().join(base, 'distroless-verify');
}
async function cli_main(argv) {
    let flags;
    try {
        flags = parse(argv);
    }
    catch (error) {
        process.stderr.write(`distroless-verify: ${messageOf(error)}\n\n${USAGE}\n`);
        return 2;
    }
    if (flags.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    const values = {
        [Input.executables]: (flags.executables ?? []).join('\n'),
        [Input.context]: flags.context ?? '',
        [Input.file]: flags.file ?? '',
        [Input.builderTarget]: flags['builder-target'] ?? '',
        [Input.target]: flags.target ?? '',
        [Input.platforms]: flags.platforms ?? '',
        [Input.buildArgs]: (flags['build-arg'] ?? []).join('\n'),
        [Input.builder]: flags.builder ?? '',
        [Input.checkInterpreter]: flags['no-check-interpreter'] ? 'false' : 'true',
        [Input.analysis]: flags.analysis ?? '',
        [Input.strict]: flags.strict ? 'true' : 'false',
        [Input.extraLibraries]: (flags['extra-library'] ?? []).join('\n'),
        [Input.ignore]: (flags.ignore ?? []).join('\n'),
        [Input.buildContexts]: (flags['build-context'] ?? []).join('\n'),
        [Input.secrets]: (flags.secret ?? []).join('\n'),
        [Input.cacheFrom]: (flags['cache-from'] ?? []).join('\n'),
        [Input.cacheTo]: (flags['cache-to'] ?? []).join('\n'),
        [Input.labels]: (flags.label ?? []).join('\n'),
        [Input.noCache]: flags['no-cache'] ? 'true' : 'false',
        [Input.pull]: flags.pull ? 'true' : 'false',
        [Input.push]: flags.push ? 'true' : 'false',
        [Input.load]: flags.load ? 'true' : 'false',
        [Input.tags]: (flags.tag ?? []).join('\n')
    };
    const log = {
        info: message => process.stderr.write(`${message}\n`),
        warning: message => process.stderr.write(`warning: ${message}\n`),
        group: (title, body) => {
            process.stderr.write(`• ${title}\n`);
            if (flags.verbose && body.trim())
                process.stderr.write(`${body.trimEnd()}\n`);
        }
    };
    const runId = newRunId();
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
        const inputs = readInputs(name => values[name] ?? '', process.cwd());
        const cache = flags['no-ldd-cache']
            ? undefined
            : new FolderCache(flags['cache-dir'] ?? defaultCacheDir());
        const report = await runVerification(inputs, log, { runId, signal: controller.signal, cache });
        if (flags.summary)
            (0,external_node_fs_namespaceObject.writeFileSync)(flags.summary, `${renderSummary(report)}\n${renderLoaderFindings(report)}`);
        if (flags.report)
            (0,external_node_fs_namespaceObject.writeFileSync)(flags.report, renderJsonReport(report));
        if (flags.junit)
            (0,external_node_fs_namespaceObject.writeFileSync)(flags.junit, renderJunitReport(report));
        process.stdout.write(flags.json
            ? renderJsonReport(report)
            : renderTextReport(report) + renderLoaderFindingsText(report));
        if (report.passed && (inputs.publish.push || inputs.publish.load)) {
            const published = await publishVerified(inputs, log, runId);
            log.info(`published: digest ${published.digest || '-'} image ${published.imageid || '-'}`);
        }
        if (!process.stdout.write('\n'))
            await new Promise(resolve => process.stdout.once('drain', resolve));
        return report.passed || flags['warn-only'] ? 0 : 1;
    }
    catch (error) {
        const prefix = error instanceof InputError ? 'bad input' : 'error';
        process.stderr.write(`distroless-verify: ${prefix}: ${messageOf(error)}\n`);
        await cleanupRun(runId);
        return 1;
    }
    finally {
        process.removeListener('SIGINT', stop);
        process.removeListener('SIGTERM', stop);
    }
}

;// CONCATENATED MODULE: ./src/cli-index.ts

void cli_main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});


//# sourceMappingURL=index.js.map