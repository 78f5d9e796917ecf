/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["projects"] || ($protobuf.roots["projects"] = {});

export const meshwork = $root.meshwork = (() => {

    /**
     * Namespace meshwork.
     * @exports meshwork
     * @namespace
     */
    const meshwork = {};

    meshwork.events = (function() {

        /**
         * Namespace events.
         * @memberof meshwork
         * @namespace
         */
        const events = {};

        events.projects = (function() {

            /**
             * Namespace projects.
             * @memberof meshwork.events
             * @namespace
             */
            const projects = {};

            /**
             * EventType enum.
             * @name meshwork.events.projects.EventType
             * @enum {number}
             * @property {number} EVENT_TYPE_UNKNOWN=0 EVENT_TYPE_UNKNOWN value
             * @property {number} ProjectCreated=1 ProjectCreated value
             * @property {number} ProjectUpdated=2 ProjectUpdated value
             * @property {number} ProjectDeleted=3 ProjectDeleted value
             * @property {number} ColumnCreated=4 ColumnCreated value
             * @property {number} TaskCreated=5 TaskCreated value
             * @property {number} TaskUpdated=6 TaskUpdated value
             * @property {number} TaskMoved=7 TaskMoved value
             * @property {number} TaskDeleted=8 TaskDeleted value
             * @property {number} CommentCreated=9 CommentCreated value
             */
            projects.EventType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVENT_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "ProjectCreated"] = 1;
                values[valuesById[2] = "ProjectUpdated"] = 2;
                values[valuesById[3] = "ProjectDeleted"] = 3;
                values[valuesById[4] = "ColumnCreated"] = 4;
                values[valuesById[5] = "TaskCreated"] = 5;
                values[valuesById[6] = "TaskUpdated"] = 6;
                values[valuesById[7] = "TaskMoved"] = 7;
                values[valuesById[8] = "TaskDeleted"] = 8;
                values[valuesById[9] = "CommentCreated"] = 9;
                return values;
            })();

            projects.Project = (function() {

                /**
                 * Properties of a Project.
                 * @typedef {Object} meshwork.events.projects.Project.$Properties
                 * @property {string|null} [id] Project id
                 * @property {string|null} [teamId] Project teamId
                 * @property {string|null} [name] Project name
                 * @property {string|null} [prefix] Project prefix
                 * @property {string|null} [description] Project description
                 * @property {boolean|null} ["public"] Project public
                 * @property {Array.<string>|null} [columnOrder] Project columnOrder
                 * @property {number|Long|null} [createdAt] Project createdAt
                 * @property {number|Long|null} [updatedAt] Project updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Project.
                 * @memberof meshwork.events.projects
                 * @interface IProject
                 * @augments meshwork.events.projects.Project.$Properties
                 * @deprecated Use meshwork.events.projects.Project.$Properties instead.
                 */

                /**
                 * Shape of a Project.
                 * @typedef {meshwork.events.projects.Project.$Properties} meshwork.events.projects.Project.$Shape
                 */

                /**
                 * Constructs a new Project.
                 * @memberof meshwork.events.projects
                 * @classdesc Represents a Project.
                 * @constructor
                 * @param {meshwork.events.projects.Project.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Project = function (properties) {
                    this.columnOrder = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Project id.
                 * @member {string} id
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype.id = "";

                /**
                 * Project teamId.
                 * @member {string} teamId
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype.teamId = "";

                /**
                 * Project name.
                 * @member {string} name
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype.name = "";

                /**
                 * Project prefix.
                 * @member {string} prefix
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype.prefix = "";

                /**
                 * Project description.
                 * @member {string} description
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype.description = "";

                /**
                 * Project public.
                 * @member {boolean} public
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype["public"] = false;

                /**
                 * Project columnOrder.
                 * @member {Array.<string>} columnOrder
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype.columnOrder = $util.emptyArray;

                /**
                 * Project createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Project updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 */
                Project.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Project instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {meshwork.events.projects.Project.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.projects.Project} Project instance
                 * @type {{
                 *   (properties: meshwork.events.projects.Project.$Shape): meshwork.events.projects.Project & meshwork.events.projects.Project.$Shape;
                 *   (properties?: meshwork.events.projects.Project.$Properties): meshwork.events.projects.Project;
                 * }}
                 */
                Project.create = function(properties) {
                    return new Project(properties);
                };

                /**
                 * Encodes the specified Project message. Does not implicitly {@link meshwork.events.projects.Project.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {meshwork.events.projects.Project.$Properties} message Project message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Project.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId") && message.teamId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.teamId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.prefix);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
                    if (message["public"] != null && $Object.hasOwnProperty.call(message, "public") && message["public"] !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message["public"]);
                    if (message.columnOrder != null && message.columnOrder.length)
                        for (let i = 0; i < message.columnOrder.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.columnOrder[i]);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Project message, length delimited. Does not implicitly {@link meshwork.events.projects.Project.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {meshwork.events.projects.Project.$Properties} message Project message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Project.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Project message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Project & meshwork.events.projects.Project.$Shape} Project
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Project.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.projects.Project();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.teamId = value;
                                else
                                    delete message.teamId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.prefix = value;
                                else
                                    delete message.prefix;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message["public"] = value;
                                else
                                    delete message["public"];
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.columnOrder && message.columnOrder.length))
                                    message.columnOrder = [];
                                message.columnOrder.push(reader.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Project message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Project & meshwork.events.projects.Project.$Shape} Project
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Project.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Project message.
                 * @function verify
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Project.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        if (!$util.isString(message.teamId))
                            return "teamId: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        if (!$util.isString(message.prefix))
                            return "prefix: string expected";
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        if (!$util.isString(message.description))
                            return "description: string expected";
                    if (message["public"] != null && $Object.hasOwnProperty.call(message, "public"))
                        if (typeof message["public"] !== "boolean")
                            return "public: boolean expected";
                    if (message.columnOrder != null && $Object.hasOwnProperty.call(message, "columnOrder")) {
                        if (!$Array.isArray(message.columnOrder))
                            return "columnOrder: array expected";
                        for (let i = 0; i < message.columnOrder.length; ++i)
                            if (!$util.isString(message.columnOrder[i]))
                                return "columnOrder: string[] expected";
                    }
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Project message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.projects.Project} Project
                 */
                Project.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.projects.Project)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.projects.Project: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.projects.Project();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.teamId != null)
                        if (typeof object.teamId !== "string" || object.teamId.length)
                            message.teamId = $String(object.teamId);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.prefix != null)
                        if (typeof object.prefix !== "string" || object.prefix.length)
                            message.prefix = $String(object.prefix);
                    if (object.description != null)
                        if (typeof object.description !== "string" || object.description.length)
                            message.description = $String(object.description);
                    if (object["public"] != null)
                        if (object["public"])
                            message["public"] = $Boolean(object["public"]);
                    if (object.columnOrder) {
                        if (!$Array.isArray(object.columnOrder))
                            throw $TypeError(".meshwork.events.projects.Project.columnOrder: array expected");
                        message.columnOrder = $Array(object.columnOrder.length);
                        for (let i = 0; i < object.columnOrder.length; ++i)
                            message.columnOrder[i] = $String(object.columnOrder[i]);
                    }
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    if (object.updatedAt != null)
                        if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                            if ($util.Long)
                                message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                            else if (typeof object.updatedAt === "string")
                                message.updatedAt = $parseInt(object.updatedAt, 10);
                            else if (typeof object.updatedAt === "number")
                                message.updatedAt = object.updatedAt;
                            else if (typeof object.updatedAt === "object")
                                message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Project message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {meshwork.events.projects.Project} message Project
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Project.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.columnOrder = [];
                    if (options.defaults) {
                        object.id = "";
                        object.teamId = "";
                        object.name = "";
                        object.prefix = "";
                        object.description = "";
                        object["public"] = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        object.teamId = message.teamId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        object.prefix = message.prefix;
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        object.description = message.description;
                    if (message["public"] != null && $Object.hasOwnProperty.call(message, "public"))
                        object["public"] = message["public"];
                    if (message.columnOrder && message.columnOrder.length) {
                        object.columnOrder = $Array(message.columnOrder.length);
                        for (let j = 0; j < message.columnOrder.length; ++j)
                            object.columnOrder[j] = message.columnOrder[j];
                    }
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.updatedAt === "number")
                            object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                        else
                            object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                    return object;
                };

                /**
                 * Converts this Project to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.projects.Project
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Project.prototype.toJSON = function() {
                    return Project.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Project
                 * @function getTypeUrl
                 * @memberof meshwork.events.projects.Project
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Project.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.projects.Project";
                };

                return Project;
            })();

            projects.Column = (function() {

                /**
                 * Properties of a Column.
                 * @typedef {Object} meshwork.events.projects.Column.$Properties
                 * @property {string|null} [id] Column id
                 * @property {string|null} [projectId] Column projectId
                 * @property {string|null} [title] Column title
                 * @property {Array.<string>|null} [taskIds] Column taskIds
                 * @property {number|Long|null} [createdAt] Column createdAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Column.
                 * @memberof meshwork.events.projects
                 * @interface IColumn
                 * @augments meshwork.events.projects.Column.$Properties
                 * @deprecated Use meshwork.events.projects.Column.$Properties instead.
                 */

                /**
                 * Shape of a Column.
                 * @typedef {meshwork.events.projects.Column.$Properties} meshwork.events.projects.Column.$Shape
                 */

                /**
                 * Constructs a new Column.
                 * @memberof meshwork.events.projects
                 * @classdesc Represents a Column.
                 * @constructor
                 * @param {meshwork.events.projects.Column.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Column = function (properties) {
                    this.taskIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Column id.
                 * @member {string} id
                 * @memberof meshwork.events.projects.Column
                 * @instance
                 */
                Column.prototype.id = "";

                /**
                 * Column projectId.
                 * @member {string} projectId
                 * @memberof meshwork.events.projects.Column
                 * @instance
                 */
                Column.prototype.projectId = "";

                /**
                 * Column title.
                 * @member {string} title
                 * @memberof meshwork.events.projects.Column
                 * @instance
                 */
                Column.prototype.title = "";

                /**
                 * Column taskIds.
                 * @member {Array.<string>} taskIds
                 * @memberof meshwork.events.projects.Column
                 * @instance
                 */
                Column.prototype.taskIds = $util.emptyArray;

                /**
                 * Column createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.projects.Column
                 * @instance
                 */
                Column.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Column instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {meshwork.events.projects.Column.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.projects.Column} Column instance
                 * @type {{
                 *   (properties: meshwork.events.projects.Column.$Shape): meshwork.events.projects.Column & meshwork.events.projects.Column.$Shape;
                 *   (properties?: meshwork.events.projects.Column.$Properties): meshwork.events.projects.Column;
                 * }}
                 */
                Column.create = function(properties) {
                    return new Column(properties);
                };

                /**
                 * Encodes the specified Column message. Does not implicitly {@link meshwork.events.projects.Column.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {meshwork.events.projects.Column.$Properties} message Column message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Column.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.projectId != null && $Object.hasOwnProperty.call(message, "projectId") && message.projectId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.projectId);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                    if (message.taskIds != null && message.taskIds.length)
                        for (let i = 0; i < message.taskIds.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.taskIds[i]);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Column message, length delimited. Does not implicitly {@link meshwork.events.projects.Column.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {meshwork.events.projects.Column.$Properties} message Column message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Column.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Column message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Column & meshwork.events.projects.Column.$Shape} Column
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Column.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.projects.Column();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.projectId = value;
                                else
                                    delete message.projectId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.taskIds && message.taskIds.length))
                                    message.taskIds = [];
                                message.taskIds.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Column message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Column & meshwork.events.projects.Column.$Shape} Column
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Column.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Column message.
                 * @function verify
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Column.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.projectId != null && $Object.hasOwnProperty.call(message, "projectId"))
                        if (!$util.isString(message.projectId))
                            return "projectId: string expected";
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        if (!$util.isString(message.title))
                            return "title: string expected";
                    if (message.taskIds != null && $Object.hasOwnProperty.call(message, "taskIds")) {
                        if (!$Array.isArray(message.taskIds))
                            return "taskIds: array expected";
                        for (let i = 0; i < message.taskIds.length; ++i)
                            if (!$util.isString(message.taskIds[i]))
                                return "taskIds: string[] expected";
                    }
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Column message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.projects.Column} Column
                 */
                Column.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.projects.Column)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.projects.Column: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.projects.Column();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.projectId != null)
                        if (typeof object.projectId !== "string" || object.projectId.length)
                            message.projectId = $String(object.projectId);
                    if (object.title != null)
                        if (typeof object.title !== "string" || object.title.length)
                            message.title = $String(object.title);
                    if (object.taskIds) {
                        if (!$Array.isArray(object.taskIds))
                            throw $TypeError(".meshwork.events.projects.Column.taskIds: array expected");
                        message.taskIds = $Array(object.taskIds.length);
                        for (let i = 0; i < object.taskIds.length; ++i)
                            message.taskIds[i] = $String(object.taskIds[i]);
                    }
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Column message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {meshwork.events.projects.Column} message Column
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Column.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.taskIds = [];
                    if (options.defaults) {
                        object.id = "";
                        object.projectId = "";
                        object.title = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.projectId != null && $Object.hasOwnProperty.call(message, "projectId"))
                        object.projectId = message.projectId;
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        object.title = message.title;
                    if (message.taskIds && message.taskIds.length) {
                        object.taskIds = $Array(message.taskIds.length);
                        for (let j = 0; j < message.taskIds.length; ++j)
                            object.taskIds[j] = message.taskIds[j];
                    }
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    return object;
                };

                /**
                 * Converts this Column to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.projects.Column
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Column.prototype.toJSON = function() {
                    return Column.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Column
                 * @function getTypeUrl
                 * @memberof meshwork.events.projects.Column
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Column.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.projects.Column";
                };

                return Column;
            })();

            projects.Task = (function() {

                /**
                 * Properties of a Task.
                 * @typedef {Object} meshwork.events.projects.Task.$Properties
                 * @property {string|null} [id] Task id
                 * @property {string|null} [projectId] Task projectId
                 * @property {string|null} [columnId] Task columnId
                 * @property {string|null} [key] Task key
                 * @property {number|null} [seq] Task seq
                 * @property {string|null} [title] Task title
                 * @property {number|null} [points] Task points
                 * @property {string|null} [content] Task content
                 * @property {string|null} [assigneeId] Task assigneeId
                 * @property {number|Long|null} [createdAt] Task createdAt
                 * @property {number|Long|null} [updatedAt] Task updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Task.
                 * @memberof meshwork.events.projects
                 * @interface ITask
                 * @augments meshwork.events.projects.Task.$Properties
                 * @deprecated Use meshwork.events.projects.Task.$Properties instead.
                 */

                /**
                 * Shape of a Task.
                 * @typedef {meshwork.events.projects.Task.$Properties} meshwork.events.projects.Task.$Shape
                 */

                /**
                 * Constructs a new Task.
                 * @memberof meshwork.events.projects
                 * @classdesc Represents a Task.
                 * @constructor
                 * @param {meshwork.events.projects.Task.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Task = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Task id.
                 * @member {string} id
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.id = "";

                /**
                 * Task projectId.
                 * @member {string} projectId
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.projectId = "";

                /**
                 * Task columnId.
                 * @member {string} columnId
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.columnId = "";

                /**
                 * Task key.
                 * @member {string} key
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.key = "";

                /**
                 * Task seq.
                 * @member {number} seq
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.seq = 0;

                /**
                 * Task title.
                 * @member {string} title
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.title = "";

                /**
                 * Task points.
                 * @member {number} points
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.points = 0;

                /**
                 * Task content.
                 * @member {string} content
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.content = "";

                /**
                 * Task assigneeId.
                 * @member {string} assigneeId
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.assigneeId = "";

                /**
                 * Task createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Task updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 */
                Task.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Task instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {meshwork.events.projects.Task.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.projects.Task} Task instance
                 * @type {{
                 *   (properties: meshwork.events.projects.Task.$Shape): meshwork.events.projects.Task & meshwork.events.projects.Task.$Shape;
                 *   (properties?: meshwork.events.projects.Task.$Properties): meshwork.events.projects.Task;
                 * }}
                 */
                Task.create = function(properties) {
                    return new Task(properties);
                };

                /**
                 * Encodes the specified Task message. Does not implicitly {@link meshwork.events.projects.Task.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {meshwork.events.projects.Task.$Properties} message Task message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Task.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.projectId != null && $Object.hasOwnProperty.call(message, "projectId") && message.projectId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.projectId);
                    if (message.columnId != null && $Object.hasOwnProperty.call(message, "columnId") && message.columnId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.columnId);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.key);
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.seq);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.title);
                    if (message.points != null && $Object.hasOwnProperty.call(message, "points") && message.points !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.points);
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.content);
                    if (message.assigneeId != null && $Object.hasOwnProperty.call(message, "assigneeId") && message.assigneeId !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.assigneeId);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).int64(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Task message, length delimited. Does not implicitly {@link meshwork.events.projects.Task.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {meshwork.events.projects.Task.$Properties} message Task message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Task.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Task message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Task & meshwork.events.projects.Task.$Shape} Task
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Task.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.projects.Task();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.projectId = value;
                                else
                                    delete message.projectId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.columnId = value;
                                else
                                    delete message.columnId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.points = value;
                                else
                                    delete message.points;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.content = value;
                                else
                                    delete message.content;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assigneeId = value;
                                else
                                    delete message.assigneeId;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Task message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Task & meshwork.events.projects.Task.$Shape} Task
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Task.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Task message.
                 * @function verify
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Task.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.projectId != null && $Object.hasOwnProperty.call(message, "projectId"))
                        if (!$util.isString(message.projectId))
                            return "projectId: string expected";
                    if (message.columnId != null && $Object.hasOwnProperty.call(message, "columnId"))
                        if (!$util.isString(message.columnId))
                            return "columnId: string expected";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (!$util.isInteger(message.seq))
                            return "seq: integer expected";
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        if (!$util.isString(message.title))
                            return "title: string expected";
                    if (message.points != null && $Object.hasOwnProperty.call(message, "points"))
                        if (!$util.isInteger(message.points))
                            return "points: integer expected";
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        if (!$util.isString(message.content))
                            return "content: string expected";
                    if (message.assigneeId != null && $Object.hasOwnProperty.call(message, "assigneeId"))
                        if (!$util.isString(message.assigneeId))
                            return "assigneeId: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Task message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.projects.Task} Task
                 */
                Task.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.projects.Task)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.projects.Task: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.projects.Task();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.projectId != null)
                        if (typeof object.projectId !== "string" || object.projectId.length)
                            message.projectId = $String(object.projectId);
                    if (object.columnId != null)
                        if (typeof object.columnId !== "string" || object.columnId.length)
                            message.columnId = $String(object.columnId);
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    if (object.seq != null)
                        if ($Number(object.seq) !== 0)
                            message.seq = object.seq >>> 0;
                    if (object.title != null)
                        if (typeof object.title !== "string" || object.title.length)
                            message.title = $String(object.title);
                    if (object.points != null)
                        if ($Number(object.points) !== 0)
                            message.points = object.points >>> 0;
                    if (object.content != null)
                        if (typeof object.content !== "string" || object.content.length)
                            message.content = $String(object.content);
                    if (object.assigneeId != null)
                        if (typeof object.assigneeId !== "string" || object.assigneeId.length)
                            message.assigneeId = $String(object.assigneeId);
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    if (object.updatedAt != null)
                        if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                            if ($util.Long)
                                message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                            else if (typeof object.updatedAt === "string")
                                message.updatedAt = $parseInt(object.updatedAt, 10);
                            else if (typeof object.updatedAt === "number")
                                message.updatedAt = object.updatedAt;
                            else if (typeof object.updatedAt === "object")
                                message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Task message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {meshwork.events.projects.Task} message Task
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Task.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.projectId = "";
                        object.columnId = "";
                        object.key = "";
                        object.seq = 0;
                        object.title = "";
                        object.points = 0;
                        object.content = "";
                        object.assigneeId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.projectId != null && $Object.hasOwnProperty.call(message, "projectId"))
                        object.projectId = message.projectId;
                    if (message.columnId != null && $Object.hasOwnProperty.call(message, "columnId"))
                        object.columnId = message.columnId;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        object.seq = message.seq;
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        object.title = message.title;
                    if (message.points != null && $Object.hasOwnProperty.call(message, "points"))
                        object.points = message.points;
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        object.content = message.content;
                    if (message.assigneeId != null && $Object.hasOwnProperty.call(message, "assigneeId"))
                        object.assigneeId = message.assigneeId;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.updatedAt === "number")
                            object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                        else
                            object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                    return object;
                };

                /**
                 * Converts this Task to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.projects.Task
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Task.prototype.toJSON = function() {
                    return Task.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Task
                 * @function getTypeUrl
                 * @memberof meshwork.events.projects.Task
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Task.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.projects.Task";
                };

                return Task;
            })();

            projects.Comment = (function() {

                /**
                 * Properties of a Comment.
                 * @typedef {Object} meshwork.events.projects.Comment.$Properties
                 * @property {string|null} [id] Comment id
                 * @property {string|null} [taskId] Comment taskId
                 * @property {string|null} [authorId] Comment authorId
                 * @property {string|null} [content] Comment content
                 * @property {number|Long|null} [createdAt] Comment createdAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Comment.
                 * @memberof meshwork.events.projects
                 * @interface IComment
                 * @augments meshwork.events.projects.Comment.$Properties
                 * @deprecated Use meshwork.events.projects.Comment.$Properties instead.
                 */

                /**
                 * Shape of a Comment.
                 * @typedef {meshwork.events.projects.Comment.$Properties} meshwork.events.projects.Comment.$Shape
                 */

                /**
                 * Constructs a new Comment.
                 * @memberof meshwork.events.projects
                 * @classdesc Represents a Comment.
                 * @constructor
                 * @param {meshwork.events.projects.Comment.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Comment = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Comment id.
                 * @member {string} id
                 * @memberof meshwork.events.projects.Comment
                 * @instance
                 */
                Comment.prototype.id = "";

                /**
                 * Comment taskId.
                 * @member {string} taskId
                 * @memberof meshwork.events.projects.Comment
                 * @instance
                 */
                Comment.prototype.taskId = "";

                /**
                 * Comment authorId.
                 * @member {string} authorId
                 * @memberof meshwork.events.projects.Comment
                 * @instance
                 */
                Comment.prototype.authorId = "";

                /**
                 * Comment content.
                 * @member {string} content
                 * @memberof meshwork.events.projects.Comment
                 * @instance
                 */
                Comment.prototype.content = "";

                /**
                 * Comment createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.projects.Comment
                 * @instance
                 */
                Comment.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Comment instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {meshwork.events.projects.Comment.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.projects.Comment} Comment instance
                 * @type {{
                 *   (properties: meshwork.events.projects.Comment.$Shape): meshwork.events.projects.Comment & meshwork.events.projects.Comment.$Shape;
                 *   (properties?: meshwork.events.projects.Comment.$Properties): meshwork.events.projects.Comment;
                 * }}
                 */
                Comment.create = function(properties) {
                    return new Comment(properties);
                };

                /**
                 * Encodes the specified Comment message. Does not implicitly {@link meshwork.events.projects.Comment.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {meshwork.events.projects.Comment.$Properties} message Comment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Comment.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.taskId);
                    if (message.authorId != null && $Object.hasOwnProperty.call(message, "authorId") && message.authorId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.authorId);
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.content);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Comment message, length delimited. Does not implicitly {@link meshwork.events.projects.Comment.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {meshwork.events.projects.Comment.$Properties} message Comment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Comment.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Comment message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Comment & meshwork.events.projects.Comment.$Shape} Comment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Comment.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.projects.Comment();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.taskId = value;
                                else
                                    delete message.taskId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.authorId = value;
                                else
                                    delete message.authorId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.content = value;
                                else
                                    delete message.content;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Comment message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Comment & meshwork.events.projects.Comment.$Shape} Comment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Comment.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Comment message.
                 * @function verify
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Comment.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        if (!$util.isString(message.taskId))
                            return "taskId: string expected";
                    if (message.authorId != null && $Object.hasOwnProperty.call(message, "authorId"))
                        if (!$util.isString(message.authorId))
                            return "authorId: string expected";
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        if (!$util.isString(message.content))
                            return "content: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Comment message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.projects.Comment} Comment
                 */
                Comment.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.projects.Comment)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.projects.Comment: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.projects.Comment();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.taskId != null)
                        if (typeof object.taskId !== "string" || object.taskId.length)
                            message.taskId = $String(object.taskId);
                    if (object.authorId != null)
                        if (typeof object.authorId !== "string" || object.authorId.length)
                            message.authorId = $String(object.authorId);
                    if (object.content != null)
                        if (typeof object.content !== "string" || object.content.length)
                            message.content = $String(object.content);
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Comment message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {meshwork.events.projects.Comment} message Comment
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Comment.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.taskId = "";
                        object.authorId = "";
                        object.content = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                        object.taskId = message.taskId;
                    if (message.authorId != null && $Object.hasOwnProperty.call(message, "authorId"))
                        object.authorId = message.authorId;
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        object.content = message.content;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    return object;
                };

                /**
                 * Converts this Comment to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.projects.Comment
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Comment.prototype.toJSON = function() {
                    return Comment.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Comment
                 * @function getTypeUrl
                 * @memberof meshwork.events.projects.Comment
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Comment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.projects.Comment";
                };

                return Comment;
            })();

            projects.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} meshwork.events.projects.Event.$Properties
                 * @property {meshwork.events.projects.EventType|null} [type] Event type
                 * @property {meshwork.events.projects.Project.$Properties|null} [project] Event project
                 * @property {meshwork.events.projects.Column.$Properties|null} [column] Event column
                 * @property {meshwork.events.projects.Task.$Properties|null} [task] Event task
                 * @property {meshwork.events.projects.Comment.$Properties|null} [comment] Event comment
                 * @property {Array.<string>|null} [changed] Event changed
                 * @property {string|null} [fromColumnId] Event fromColumnId
                 * @property {number|null} [position] Event position
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof meshwork.events.projects
                 * @interface IEvent
                 * @augments meshwork.events.projects.Event.$Properties
                 * @deprecated Use meshwork.events.projects.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {meshwork.events.projects.Event.$Properties} meshwork.events.projects.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof meshwork.events.projects
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {meshwork.events.projects.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    this.changed = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event type.
                 * @member {meshwork.events.projects.EventType} type
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 */
                Event.prototype.type = 0;

                /**
                 * Event project.
                 * @member {meshwork.events.projects.Project.$Properties|null|undefined} project
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 */
                Event.prototype.project = null;

                /**
                 * Event column.
                 * @member {meshwork.events.projects.Column.$Properties|null|undefined} column
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 */
                Event.prototype.column = null;

                /**
                 * Event task.
                 * @member {meshwork.events.projects.Task.$Properties|null|undefined} task
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 */
                Event.prototype.task = null;

                /**
                 * Event comment.
                 * @member {meshwork.events.projects.Comment.$Properties|null|undefined} comment
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 */
                Event.prototype.comment = null;

                /**
                 * Event changed.
                 * @member {Array.<string>} changed
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 */
                Event.prototype.changed = $util.emptyArray;

                /**
                 * Event fromColumnId.
                 * @member {string} fromColumnId
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 */
                Event.prototype.fromColumnId = "";

                /**
                 * Event position.
                 * @member {number} position
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 */
                Event.prototype.position = 0;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {meshwork.events.projects.Event.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.projects.Event} Event instance
                 * @type {{
                 *   (properties: meshwork.events.projects.Event.$Shape): meshwork.events.projects.Event & meshwork.events.projects.Event.$Shape;
                 *   (properties?: meshwork.events.projects.Event.$Properties): meshwork.events.projects.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.projects.Event.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {meshwork.events.projects.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.project != null && $Object.hasOwnProperty.call(message, "project"))
                        $root.meshwork.events.projects.Project.encode(message.project, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.column != null && $Object.hasOwnProperty.call(message, "column"))
                        $root.meshwork.events.projects.Column.encode(message.column, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                        $root.meshwork.events.projects.Task.encode(message.task, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.comment != null && $Object.hasOwnProperty.call(message, "comment"))
                        $root.meshwork.events.projects.Comment.encode(message.comment, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.changed != null && message.changed.length)
                        for (let i = 0; i < message.changed.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.changed[i]);
                    if (message.fromColumnId != null && $Object.hasOwnProperty.call(message, "fromColumnId") && message.fromColumnId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.fromColumnId);
                    if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.position);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.projects.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {meshwork.events.projects.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.projects.Event & meshwork.events.projects.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.projects.Event();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.project = $root.meshwork.events.projects.Project.decode(reader, reader.size(), $undefined, _depth + 1, message.project);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.column = $root.meshwork.events.projects.Column.decode(reader, reader.size(), $undefined, _depth + 1, message.column);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.task = $root.meshwork.events.projects.Task.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.comment = $root.meshwork.events.projects.Comment.decode(reader, reader.size(), $undefined, _depth + 1, message.comment);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.changed && message.changed.length))
                                    message.changed = [];
                                message.changed.push(reader.stringVerify());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fromColumnId = value;
                                else
                                    delete message.fromColumnId;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.position = value;
                                else
                                    delete message.position;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.projects.Event & meshwork.events.projects.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Event message.
                 * @function verify
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Event.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.project != null && $Object.hasOwnProperty.call(message, "project")) {
                        let error = $root.meshwork.events.projects.Project.verify(message.project, _depth + 1);
                        if (error)
                            return "project." + error;
                    }
                    if (message.column != null && $Object.hasOwnProperty.call(message, "column")) {
                        let error = $root.meshwork.events.projects.Column.verify(message.column, _depth + 1);
                        if (error)
                            return "column." + error;
                    }
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task")) {
                        let error = $root.meshwork.events.projects.Task.verify(message.task, _depth + 1);
                        if (error)
                            return "task." + error;
                    }
                    if (message.comment != null && $Object.hasOwnProperty.call(message, "comment")) {
                        let error = $root.meshwork.events.projects.Comment.verify(message.comment, _depth + 1);
                        if (error)
                            return "comment." + error;
                    }
                    if (message.changed != null && $Object.hasOwnProperty.call(message, "changed")) {
                        if (!$Array.isArray(message.changed))
                            return "changed: array expected";
                        for (let i = 0; i < message.changed.length; ++i)
                            if (!$util.isString(message.changed[i]))
                                return "changed: string[] expected";
                    }
                    if (message.fromColumnId != null && $Object.hasOwnProperty.call(message, "fromColumnId"))
                        if (!$util.isString(message.fromColumnId))
                            return "fromColumnId: string expected";
                    if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                        if (!$util.isInteger(message.position))
                            return "position: integer expected";
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.projects.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.projects.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.projects.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.projects.Event();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.meshwork.events.projects.EventType[object.type] !== 0))
                        switch (object.type) {
                        case "EVENT_TYPE_UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "ProjectCreated":
                        case 1:
                            message.type = 1;
                            break;
                        case "ProjectUpdated":
                        case 2:
                            message.type = 2;
                            break;
                        case "ProjectDeleted":
                        case 3:
                            message.type = 3;
                            break;
                        case "ColumnCreated":
                        case 4:
                            message.type = 4;
                            break;
                        case "TaskCreated":
                        case 5:
                            message.type = 5;
                            break;
                        case "TaskUpdated":
                        case 6:
                            message.type = 6;
                            break;
                        case "TaskMoved":
                        case 7:
                            message.type = 7;
                            break;
                        case "TaskDeleted":
                        case 8:
                            message.type = 8;
                            break;
                        case "CommentCreated":
                        case 9:
                            message.type = 9;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.project != null) {
                        if (!$util.isObject(object.project))
                            throw $TypeError(".meshwork.events.projects.Event.project: object expected");
                        message.project = $root.meshwork.events.projects.Project.fromObject(object.project, _depth + 1);
                    }
                    if (object.column != null) {
                        if (!$util.isObject(object.column))
                            throw $TypeError(".meshwork.events.projects.Event.column: object expected");
                        message.column = $root.meshwork.events.projects.Column.fromObject(object.column, _depth + 1);
                    }
                    if (object.task != null) {
                        if (!$util.isObject(object.task))
                            throw $TypeError(".meshwork.events.projects.Event.task: object expected");
                        message.task = $root.meshwork.events.projects.Task.fromObject(object.task, _depth + 1);
                    }
                    if (object.comment != null) {
                        if (!$util.isObject(object.comment))
                            throw $TypeError(".meshwork.events.projects.Event.comment: object expected");
                        message.comment = $root.meshwork.events.projects.Comment.fromObject(object.comment, _depth + 1);
                    }
                    if (object.changed) {
                        if (!$Array.isArray(object.changed))
                            throw $TypeError(".meshwork.events.projects.Event.changed: array expected");
                        message.changed = $Array(object.changed.length);
                        for (let i = 0; i < object.changed.length; ++i)
                            message.changed[i] = $String(object.changed[i]);
                    }
                    if (object.fromColumnId != null)
                        if (typeof object.fromColumnId !== "string" || object.fromColumnId.length)
                            message.fromColumnId = $String(object.fromColumnId);
                    if (object.position != null)
                        if ($Number(object.position) !== 0)
                            message.position = object.position >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {meshwork.events.projects.Event} message Event
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Event.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.changed = [];
                    if (options.defaults) {
                        object.type = options.enums === $String ? "EVENT_TYPE_UNKNOWN" : 0;
                        object.project = null;
                        object.column = null;
                        object.task = null;
                        object.comment = null;
                        object.fromColumnId = "";
                        object.position = 0;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.meshwork.events.projects.EventType[message.type] === $undefined ? message.type : $root.meshwork.events.projects.EventType[message.type] : message.type;
                    if (message.project != null && $Object.hasOwnProperty.call(message, "project"))
                        object.project = $root.meshwork.events.projects.Project.toObject(message.project, options, _depth + 1);
                    if (message.column != null && $Object.hasOwnProperty.call(message, "column"))
                        object.column = $root.meshwork.events.projects.Column.toObject(message.column, options, _depth + 1);
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                        object.task = $root.meshwork.events.projects.Task.toObject(message.task, options, _depth + 1);
                    if (message.comment != null && $Object.hasOwnProperty.call(message, "comment"))
                        object.comment = $root.meshwork.events.projects.Comment.toObject(message.comment, options, _depth + 1);
                    if (message.changed && message.changed.length) {
                        object.changed = $Array(message.changed.length);
                        for (let j = 0; j < message.changed.length; ++j)
                            object.changed[j] = message.changed[j];
                    }
                    if (message.fromColumnId != null && $Object.hasOwnProperty.call(message, "fromColumnId"))
                        object.fromColumnId = message.fromColumnId;
                    if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                        object.position = message.position;
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.projects.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof meshwork.events.projects.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.projects.Event";
                };

                return Event;
            })();

            return projects;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
